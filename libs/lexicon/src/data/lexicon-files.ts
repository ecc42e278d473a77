import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLexiconFile, type LexiconProblem } from '../model/lexicon-validation.js';
import type { TermGroup } from '../model/lexicon.types.js';

/** `libs/lexicon/data`, beside the sources (the build copies it beside the compiled lib too). */
export const LEXICON_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/**
 * Every `<chainId>.json` of the data folder, parsed and checked for shape (the whole-lexicon rules
 * are validateLexicon's). A file that is not valid JSON is a problem, not a crash.
 */
export function readLexiconFiles(dir = LEXICON_DATA_DIR): { groups: TermGroup[]; problems: LexiconProblem[]; chainIds: string[] } {
  const names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  const groups: TermGroup[] = [];
  const problems: LexiconProblem[] = [];
  for (const name of names) {
    const chainId = name.slice(0, -'.json'.length);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
    } catch (error) {
      problems.push({ chainId, message: `${name} is not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = parseLexiconFile(json, chainId);
    groups.push(...parsed.groups);
    problems.push(...parsed.problems);
  }
  return { groups, problems, chainIds: names.map((name) => name.slice(0, -'.json'.length)) };
}
