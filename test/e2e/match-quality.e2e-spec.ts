import { seedDemo, STARTER_DEMO } from '../../apps/api/src/demo/demo-seeding.js';
import { GAIN, MATCH_PROBES, type FixtureListing, type MatchProbe } from '../fixtures/match-quality/index.js';
import { signUpMember, type Member } from '../support/accounts.js';
import { createListing, listingInput } from '../support/factories.js';
import { ndcgAt, recallAt } from '../support/ranking-metrics.js';
import { waitForIndex } from '../support/search.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const FIRST = 20;
const TARGET = 0.9;
const SUGGEST = `query($id: ID!, $first: Int) { matchesForListing(listingId: $id, first: $first) {
  counterpartListingId score listing { ... on Listing { title } } explanation { factor contribution } } }`;

interface Ranked {
  /** The fixture key of a labelled listing, or `other:<key or id> <title>` for one the probe does not label. */
  key: string;
  score: number;
  /** nDCG gain: a label's, or a background listing's judged by the probe's rule. */
  gain: number;
  contributions: number[];
}

interface Figures {
  precision: number;
  ndcg: number;
  mustRecall: number;
}

/** Precision@5, nDCG@10 and must-match recall@10 of one probe's ranking, background listings judged by its rule. */
function figuresOf(probe: MatchProbe, ranked: Ranked[]): Figures {
  const grades: Record<string, number> = Object.fromEntries(probe.counterparts.map((c) => [c.key, GAIN[c.grade]]));
  for (const r of ranked) if (r.key.startsWith('other:') && r.gain > 0) grades[r.key] = r.gain;
  const relevantPool = Object.values(grades).filter((gain) => gain >= GAIN.RELEVANT).length;
  const k = Math.min(5, relevantPool);
  const keys = ranked.map((r) => r.key);
  return {
    precision: k === 0 ? 1 : ranked.slice(0, k).filter((r) => r.gain >= GAIN.RELEVANT).length / k,
    ndcg: ndcgAt(10, keys, grades),
    mustRecall: recallAt(10, keys, probe.counterparts.filter((c) => c.grade === 'MUST').map((c) => c.key)),
  };
}

/**
 * The developers' labelled matching set (test/fixtures/match-quality): each probe's suggestions
 * over the API, the starter demo market loaded as background, judged against the grades. Prints
 * and asserts the mean precision@5, nDCG@10 and must-match recall@10, and that no listing the rules
 * exclude is ever suggested.
 */
describe('match quality on the labelled set, with the demo market as background', () => {
  let api: TestApi;
  const placed = new Map<string, { id: string; owner: Member }>();
  const rankings = new Map<string, Ranked[]>();

  /** Publishes a fixture listing as a member of its own (or a named) enterprise, then applies its end state. */
  const place = async (fixture: FixtureListing & { grade?: unknown; because?: unknown }): Promise<void> => {
    const owner = fixture.sameEnterpriseAs
      ? placed.get(fixture.sameEnterpriseAs)!.owner
      : await signUpMember(api, { countyAdcode: fixture.countyAdcode, segmentIds: fixture.enterpriseSegmentIds ?? [fixture.segmentId] });
    const { key: _key, state, sameEnterpriseAs: _same, enterpriseSegmentIds: _segments, grade: _grade, because: _because, ...content } = fixture;
    const input = listingInput(owner.enterpriseId, {
      quantity: null, priceRange: null, certifications: [], leadTimeDays: null, keywords: [], description: `${fixture.title}。欢迎洽谈。`, ...content,
    });
    const { id } = await createListing(owner.graphql, input);
    await owner.graphql.data(`mutation($id: ID!) { publishListing(id: $id, expectedVersion: 1) { id } }`, { id });
    if (state === 'CLOSED') await owner.graphql.data(`mutation($id: ID!) { closeListing(id: $id, expectedVersion: 2) { id } }`, { id });
    if (state === 'EXPIRED') {
      await api.sql(`UPDATE listing SET valid_from = now() - interval '40 days', valid_until = now() - interval '1 day' WHERE id = $1`, [id]);
    }
    placed.set(fixture.key, { id, owner });
  };

  /** The probe's ranking; listings it does not label (the demo market, other probes' listings) judged by its background rule. */
  const rank = async (probe: MatchProbe): Promise<Ranked[]> => {
    const keyOf = new Map([...placed].map(([key, { id }]) => [id, key]));
    const labelled = new Map(probe.counterparts.map((c) => [c.key, GAIN[c.grade]]));
    const judged = (title: string) => (probe.background?.relevant?.test(title) ? GAIN.RELEVANT : probe.background?.marginal?.test(title) ? GAIN.MARGINAL : 0);
    const { id, owner } = placed.get(probe.probe.key)!;
    const { matchesForListing } = await owner.graphql.data(SUGGEST, { id, first: FIRST });
    return matchesForListing.map((m: { counterpartListingId: string; score: number; listing: { title: string }; explanation: { contribution: number }[] }) => {
      const fixture = keyOf.get(m.counterpartListingId);
      const key = fixture !== undefined && labelled.has(fixture) ? fixture : `other:${fixture ?? m.counterpartListingId.slice(0, 8)} ${m.listing.title}`;
      return { key, score: m.score, gain: labelled.get(key) ?? judged(m.listing.title), contributions: m.explanation.map((r) => r.contribution) };
    });
  };

  beforeAll(async () => {
    api = await startTestApi({ env: { MATCH_WORKER_IN_PROCESS: 'false', MUTATIONS_MAX: '100000' } });
    await seedDemo(api.databaseUrl, { ...STARTER_DEMO, reset: false }, () => undefined);
    for (const probe of MATCH_PROBES) {
      for (const fixture of [probe.probe, ...probe.counterparts, ...probe.forbidden]) await place(fixture);
    }
    await waitForIndex(api, 120_000);
    for (const probe of MATCH_PROBES) rankings.set(probe.name, await rank(probe));
  }, 600_000);
  afterAll(() => api?.close());

  it('has at least 20 probes over at least 8 chains, each with a must-match and a listing the rules exclude', () => {
    expect(MATCH_PROBES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(MATCH_PROBES.map((p) => p.probe.segmentId.split('.')[0])).size).toBeGreaterThanOrEqual(8);
    expect(MATCH_PROBES.filter((p) => !p.counterparts.some((c) => c.grade === 'MUST') || p.forbidden.length === 0).map((p) => p.name)).toEqual([]);
  });

  it.each(MATCH_PROBES.map((p) => [p.name, p] as const))('%s: suggests nothing the rules exclude', (name, probe) => {
    const suggested = new Set(rankings.get(name)!.map((r) => r.key));
    expect(probe.forbidden.filter((f) => suggested.has(f.key)).map((f) => `${f.key} (${f.because})`)).toEqual([]);
  });

  it(`reaches mean precision@5, nDCG@10 and must-match recall@10 of at least ${TARGET}, and prints them`, () => {
    const figures = MATCH_PROBES.map((probe) => ({ probe, ...figuresOf(probe, rankings.get(probe.name)!) }));
    const mean = (pick: (f: Figures) => number) => figures.reduce((sum, f) => sum + pick(f), 0) / figures.length;
    const [precision, ndcg, mustRecall] = [mean((f) => f.precision), mean((f) => f.ndcg), mean((f) => f.mustRecall)];
    const lines = figures.map(({ probe, ...f }) => `  ${probe.name}: p@5 ${f.precision.toFixed(2)}, nDCG@10 ${f.ndcg.toFixed(2)}, must@10 ${f.mustRecall.toFixed(2)}; `
      + rankings.get(probe.name)!.slice(0, 8).map((r) => `${r.key}${r.gain > 0 ? `(${r.gain})` : ''} ${r.score.toFixed(3)}`).join(', '));
    console.log([`match quality over ${figures.length} probes: mean precision@5 ${precision.toFixed(3)}, nDCG@10 ${ndcg.toFixed(3)}, must-match recall@10 ${mustRecall.toFixed(3)}`, ...lines].join('\n'));
    expect(Math.min(precision, ndcg, mustRecall)).toBeGreaterThanOrEqual(TARGET);
  });

  it('explains every suggestion with ten factors whose contributions add up to the score', () => {
    for (const ranked of rankings.values()) {
      for (const r of ranked) {
        expect(r.contributions).toHaveLength(10);
        expect(r.contributions.reduce((a, b) => a + b, 0)).toBeCloseTo(r.score, 3);
      }
    }
  });
});
