import { Lexicon } from '@chainmatch/lexicon';
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalysisTask, AnalysisWorkerData } from './analysis-pool.js';
import { TermVocabulary } from './term-vocabulary.js';
import { TextAnalyzer } from './text-analyzer.js';

type Run = AnalysisTask<unknown, unknown>['run'];

/** An AnalysisThreads thread: the parent's analysis rebuilt from its dictionary and lexicon; each task imported from its module when first run. */
const { dictionary, groups } = workerData as AnalysisWorkerData;
const analyzer = new TextAnalyzer(dictionary);
const analysis = { analyzer, vocabulary: new TermVocabulary(new Lexicon(groups), analyzer) };
const tasks = new Map<string, Promise<Run>>();

function taskAt(module: string, name: string): Promise<Run> {
  const key = `${module}#${name}`;
  if (!tasks.has(key)) tasks.set(key, import(module).then((loaded: Record<string, Run>) => loaded[name]));
  return tasks.get(key)!;
}

parentPort!.on('message', async ({ id, module, name, input }: { id: number; module: string; name: string; input: unknown }) => {
  const run = await taskAt(module, name);
  parentPort!.postMessage({ id, output: run(input, analysis) });
});
