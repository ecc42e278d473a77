import { readFileSync } from 'node:fs';
import { Lexicon } from '../model/lexicon.js';
import { describeProblems, validateLexicon } from '../model/lexicon-validation.js';
import { readLexiconFiles } from './lexicon-files.js';

interface ChainsFile {
  chains: { id: string; segments: { id: string }[] }[];
}

const chains = (JSON.parse(readFileSync('libs/chains/data/chains.json', 'utf8')) as ChainsFile).chains;
const taxonomy = { chainIds: new Set(chains.map((c) => c.id)), segmentIds: new Set(chains.flatMap((c) => c.segments.map((s) => s.id))) };

/** Every data file as committed: the same checks the API runs at start, which refuses to start on any problem. */
describe('lexicon data files', () => {
  const files = readLexiconFiles();

  it('are valid: shape, unique ids, existing segments, no term twice in a chain, broader links a forest', () => {
    expect(describeProblems([...files.problems, ...validateLexicon(files.groups, taxonomy)])).toEqual([]);
  });

  it('exist for every chain, with groups for every segment', () => {
    expect(files.chainIds).toEqual([...taxonomy.chainIds].sort());
    const covered = new Set(files.groups.flatMap((group) => group.segments));
    expect([...taxonomy.segmentIds].filter((segment) => !covered.has(segment))).toEqual([]);
  });

  it('load into a lexicon whose every group is reachable by each of its terms', () => {
    const lexicon = new Lexicon(files.groups);
    for (const group of lexicon.groups().slice(0, 200)) {
      expect(lexicon.groupsOfTerm(group.zh[0]).map((g) => g.id)).toContain(group.id);
    }
  });
});
