import type { PlannedTerm } from '../text/query-plan.js';
import { pgTerms } from './pg-text-query.js';
import { LEXICON_SOURCE, textSourceOf, WORD_SOURCE } from './pg-search-sql.js';

const planned = (overrides: Partial<PlannedTerm>): PlannedTerm =>
  ({ label: 't', query: 't', exact: [], groupIds: [], typo: [], typoGroupIds: [], weight: 1.5, product: true, head: false, ...overrides });
/** An index that has none of `missing`, and `packaging` as the closest spelling of `packagng`. */
const index = (missing: string[]) => async (words: string[]) =>
  new Map(words.filter((word) => missing.includes(word)).map((word) => [word, word === 'packagng' ? ['packaging'] : []]));

describe('query terms as lexemes', () => {
  it('leave out a typed word no listing has when its reading can match, so the search needs lexicon groups only', async () => {
    const [term] = await pgTerms({ terms: [planned({ exact: [['photoresit']], typoGroupIds: ['ic.photoresist'] })], corrections: [] }, index(['photoresit']));
    expect(term.match).toEqual([['@g:ic.photoresist'], ['@u:ic.photoresist']]);
    expect(term.exact).toEqual([]);
    expect(textSourceOf([term])).toBe(LEXICON_SOURCE);
  });

  it('keep a typed word the index has, and one with nothing else to match', async () => {
    const plan = { terms: [planned({ exact: [['photoresit']], typoGroupIds: ['ic.photoresist'] })], corrections: [] };
    expect((await pgTerms(plan, index([])))[0].match).toContainEqual(['photoresit']);
    const [alone] = await pgTerms({ terms: [planned({ exact: [['qwertyuiop']] })], corrections: [] }, index(['qwertyuiop']));
    expect(alone.match).toEqual([['qwertyuiop']]);
    expect(textSourceOf([alone])).toBe(WORD_SOURCE);
  });

  it('match an unknown plain word by its closest indexed spellings, ranked lower', async () => {
    const [term] = await pgTerms({ terms: [planned({ exact: [['packagng']] })], corrections: [] }, index(['packagng']));
    expect(term.match).toEqual([['packaging']]);
    expect(term.reduced).toEqual(['packaging']);
  });
});
