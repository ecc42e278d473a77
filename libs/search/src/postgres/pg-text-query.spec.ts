import type { PlannedTerm } from '../text/query-plan.js';
import { pgTerms } from './pg-text-query.js';
import { LEXICON_SOURCE, textSourceOf, WORD_SOURCE } from './pg-search-sql.js';

const planned = (overrides: Partial<PlannedTerm>): PlannedTerm =>
  ({ label: 't', query: 't', exact: [], groupIds: [], typo: [], typoGroupIds: [], weight: 1.5, product: true, head: false, qualified: [], ...overrides });
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

  it('match a compound product also as its broader group and the qualifying words wherever they stand, ranked as found elsewhere', async () => {
    const qualified = [{ groupId: 'ic.mcu', qualifiers: [{ tokens: ['车规'], groupIds: [] }] }];
    const [term] = await pgTerms({ terms: [planned({ exact: [['车规', 'mcu']], groupIds: ['ic.auto-mcu'], qualified })], corrections: [] }, index([]));
    expect(term.match).toEqual([['@g:ic.auto-mcu'], ['@u:ic.auto-mcu'], ['@g:ic.mcu', '车规']]);
    expect(term.exact).toEqual(['@g:ic.auto-mcu']);
    const lexical = [{ groupId: 'nev.separator', qualifiers: [{ tokens: ['锂电池'], groupIds: ['nev.li-ion-battery'] }] }];
    const [separator] = await pgTerms({ terms: [planned({ groupIds: ['nev.battery-separator'], qualified: lexical })], corrections: [] }, index([]));
    expect(separator.match).toContainEqual(['@g:nev.separator', '@g:nev.li-ion-battery']);
    expect(textSourceOf([separator])).toBe(LEXICON_SOURCE);
  });
});
