import { Lexicon } from '@chainmatch/lexicon';
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalysisTask, AnalysisWorkerData } from './analysis-pool.js';
import { TermVocabulary } from './term-vocabulary.js';
import { TextAnalyzer } from './text-analyzer.js';

/** An AnalysisPool's thread: the parent's analysis rebuilt from its dictionary and lexicon, and the task imported from its module. */
const { dictionary, groups, module, name } = workerData as AnalysisWorkerData;
const analyzer = new TextAnalyzer(dictionary);
const analysis = { analyzer, vocabulary: new TermVocabulary(new Lexicon(groups), analyzer) };
const task = ((await import(module)) as Record<string, AnalysisTask<unknown, unknown>['run']>)[name];

parentPort!.on('message', ({ id, input }: { id: number; input: unknown }) => {
  parentPort!.postMessage({ id, output: task(input, analysis) });
});
