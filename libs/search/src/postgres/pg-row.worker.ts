import { Lexicon, type TermGroup } from '@chainmatch/lexicon';
import { parentPort, workerData } from 'node:worker_threads';
import type { ListingDocument } from '../engine/listing-document.js';
import { TermVocabulary } from '../text/term-vocabulary.js';
import { TextAnalyzer } from '../text/text-analyzer.js';
import { toPgDocumentRow } from './pg-document-row.js';

/** What a row worker needs to analyse text exactly as its parent does. */
export interface RowWorkerData {
  dictionary: string[];
  groups: TermGroup[];
}

/** A rebuild's documents into engine rows, in a thread of its own: segmentation is the costly part of a rebuild. */
const { dictionary, groups } = workerData as RowWorkerData;
const analyzer = new TextAnalyzer(dictionary);
const analysis = { analyzer, vocabulary: new TermVocabulary(new Lexicon(groups), analyzer) };

parentPort!.on('message', ({ id, documents }: { id: number; documents: ListingDocument[] }) => {
  parentPort!.postMessage({ id, rows: documents.map((document) => toPgDocumentRow(document, analysis)) });
});
