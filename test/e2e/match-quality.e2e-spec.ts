import { signUpMember, type Member } from '../support/accounts.js';
import { createListing, listingInput } from '../support/factories.js';
import { waitForIndex } from '../support/search.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { MATCH_CASES, type FixtureListing, type MatchCase } from '../fixtures/match-quality.fixtures.js';

const SUGGEST = `query($id: ID!) { matchesForListing(listingId: $id, first: 10) {
  counterpartListingId score explanation { factor value contribution sentenceEn } } }`;
const PRECISION_AT = 5;
const MIN_MEAN_PRECISION = 0.8;

interface Placed {
  id: string;
  owner: Member;
}

describe('match quality on labelled cases', () => {
  let api: TestApi;
  const placed = new Map<string, Placed>();
  const results = new Map<string, { key: string; score: number }[]>();

  /** Publishes a fixture listing as a member of its own (or a named) enterprise, then applies its end state. */
  const place = async (fixture: FixtureListing): Promise<void> => {
    const owner = fixture.sameEnterpriseAs
      ? placed.get(fixture.sameEnterpriseAs)!.owner
      : await signUpMember(api, { countyAdcode: fixture.countyAdcode, segmentIds: [fixture.segmentId] });
    const { key: _key, state, sameEnterpriseAs: _same, because: _because, countyAdcode, ...content } = fixture;
    const input = listingInput(owner.enterpriseId, { ...content, countyAdcode, description: `${fixture.title}。欢迎洽谈合作，长期稳定供货。` });
    const { id } = await createListing(owner.graphql, input);
    await owner.graphql.data(`mutation($id: ID!) { publishListing(id: $id, expectedVersion: 1) { id } }`, { id });
    if (state === 'CLOSED') await owner.graphql.data(`mutation($id: ID!) { closeListing(id: $id, expectedVersion: 2) { id } }`, { id });
    if (state === 'EXPIRED') {
      await api.sql(`UPDATE listing SET valid_from = now() - interval '40 days', valid_until = now() - interval '1 day' WHERE id = $1`, [id]);
    }
    placed.set(fixture.key, { id, owner });
  };

  const keyOf = (listingId: string) => [...placed].find(([, p]) => p.id === listingId)?.[0] ?? listingId;
  const relevantKeys = (c: MatchCase) => new Set([...c.mustMatch, ...c.alsoRelevant].map((l) => l.key));

  beforeAll(async () => {
    api = await startTestApi({ env: { MUTATIONS_MAX: '10000' } });
    for (const c of MATCH_CASES) {
      for (const fixture of [c.demand, ...c.mustMatch, ...c.alsoRelevant, ...c.distractors, ...c.mustNot]) await place(fixture);
    }
    await waitForIndex(api);
    for (const c of MATCH_CASES) {
      const demand = placed.get(c.demand.key)!;
      const { matchesForListing } = await demand.owner.graphql.data(SUGGEST, { id: demand.id });
      results.set(c.name, matchesForListing.map((m: { counterpartListingId: string; score: number }) => ({ key: keyOf(m.counterpartListingId), score: m.score })));
    }
  }, 120_000);
  afterAll(() => api.close());

  it.each(MATCH_CASES.map((c) => [c.name, c] as const))('%s: every must-match is in the top 10', (_name, c) => {
    const top10 = results.get(c.name)!.slice(0, 10).map((r) => r.key);
    expect(c.mustMatch.map((l) => l.key).filter((key) => !top10.includes(key))).toEqual([]);
  });

  it.each(MATCH_CASES.map((c) => [c.name, c] as const))('%s: nothing excluded by the rules is ever suggested', (_name, c) => {
    const suggested = new Set(results.get(c.name)!.map((r) => r.key));
    expect(c.mustNot.filter((l) => suggested.has(l.key)).map((l) => `${l.key} (${l.because})`)).toEqual([]);
  });

  it(`reaches a mean precision@${PRECISION_AT} of at least ${MIN_MEAN_PRECISION}, and prints the figures`, () => {
    const lines: string[] = [];
    const precisions = MATCH_CASES.map((c) => {
      const relevant = relevantKeys(c);
      const k = Math.min(PRECISION_AT, relevant.size);
      const top = results.get(c.name)!.slice(0, k);
      const precision = top.filter((r) => relevant.has(r.key)).length / k;
      lines.push(`  ${c.name}: precision@${k} = ${precision.toFixed(2)}; ranking: ${results.get(c.name)!.map((r) => `${r.key} ${r.score.toFixed(3)}`).join(', ')}`);
      return precision;
    });
    const mean = precisions.reduce((a, b) => a + b, 0) / precisions.length;
    console.log(`match quality (${MATCH_CASES.length} cases): mean precision@${PRECISION_AT} = ${mean.toFixed(2)}\n${lines.join('\n')}`);
    expect(mean).toBeGreaterThanOrEqual(MIN_MEAN_PRECISION);
  });

  it('explains every suggestion with ten factors whose contributions add up to the score', async () => {
    const demand = placed.get('fab-demand')!;
    const { matchesForListing } = await demand.owner.graphql.data(SUGGEST, { id: demand.id });
    for (const suggestion of matchesForListing) {
      expect(suggestion.explanation).toHaveLength(10);
      const sum = suggestion.explanation.reduce((total: number, row: { contribution: number }) => total + row.contribution, 0);
      expect(sum).toBeCloseTo(suggestion.score, 3);
    }
    const wuxi = matchesForListing.find((m: { counterpartListingId: string }) => m.counterpartListingId === placed.get('wafer-wuxi')!.id);
    expect(wuxi.explanation.find((row: { factor: string }) => row.factor === 'DISTANCE').sentenceEn).toMatch(/^The supplier is \d+ km away, in Xinwu, Wuxi, Jiangsu — same province(; only \d+ offers? can supply this need, so distance counts less)?$/);
    expect(wuxi.explanation.find((row: { factor: string }) => row.factor === 'CHAIN_FIT').sentenceEn).toMatch(/^Direct upstream/);
  });
});
