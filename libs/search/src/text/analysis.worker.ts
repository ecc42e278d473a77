import { Lexicon } from '@chainmatch/lexicon';
import { parentPort, workerData } from 'node:worker_threads';
import type { AnalysisTask, AnalysisWorkerData } from './analysis-pool.js';
import { TermVocabulary } from './term-vocabulary.js';
import { TextAnalyzer } from './text-analyzer.js';

type Task = AnalysisTask<unknown, unknown>;

/** An AnalysisThreads thread: the parent's analysis rebuilt from its dictionary and lexicon; each task imported from its module when first run. */
const { dictionary, groups } = workerData as AnalysisWorkerData;
const analyzer = new TextAnalyzer(dictionary);
const analysis = { analyzer, vocabulary: new TermVocabulary(new Lexicon(groups), analyzer) };
const tasks = new Map<string, Promise<Task>>();

function taskAt(module: string, name: string): Promise<Task> {
  const key = `${module}#${name}`;
  if (!tasks.has(key)) tasks.set(key, import(module).then((loaded: Record<string, Task>) => loaded[name]));
  return tasks.get(key)!;
}

/** The input of the last message: a message with `sameInput` runs its task on it again (see AnalysisThreads). */
let lastInput: unknown;

parentPort!.on('message', async (message: { id: number; module: string; name: string; input?: unknown; sameInput?: true }) => {
  const { id, module, name } = message;
  const input = message.sameInput ? lastInput : (lastInput = message.input);
  const task = await taskAt(module, name);
  const output = task.run(input, analysis);
  parentPort!.postMessage({ id, output }, task.transfer?.(output) ?? []);
});
