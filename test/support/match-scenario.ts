import { signUpMember, type Member } from './accounts.js';
import { publishListing } from './search.js';
import type { TestApi } from './test-api.js';

const SUGGEST = `query($id: ID!, $first: Int) { matchesForListing(listingId: $id, first: $first) {
  counterpartListingId score viewpoint explanation { factor value sentenceZh sentenceEn } } }`;

export interface ExplanationRow { factor: string; value: number; sentenceZh: string; sentenceEn: string }
export interface Suggested { counterpartListingId: string; score: number; viewpoint: string; explanation: ExplanationRow[] }

/** Nothing the factory would add: each listing says only what the test gives it. */
const BARE = { quantity: null, priceRange: null, certifications: [], leadTimeDays: null, keywords: [] };

/**
 * Enterprises and listings named by keys, posted over the API as members would, and the
 * suggestions for a listing read back by those keys.
 */
export class MatchScenario {
  private readonly members = new Map<string, Member>();
  private readonly listings = new Map<string, string>();

  constructor(private readonly api: TestApi) {}

  async member(key: string, countyAdcode: string, segmentIds: string[]): Promise<void> {
    this.members.set(key, await signUpMember(this.api, { countyAdcode, segmentIds }));
  }

  memberOf(key: string): Member {
    return this.members.get(key)!;
  }

  /** Publishes a listing of `owner`'s enterprise, described in one plain sentence unless the input says more. */
  async post(key: string, owner: string, input: Record<string, unknown>): Promise<void> {
    const description = `${input.title as string}。长期合作，欢迎洽谈。`;
    this.listings.set(key, (await publishListing(this.memberOf(owner), { ...BARE, description, ...input })).id);
  }

  idOf(key: string): string {
    return this.listings.get(key)!;
  }

  keyOf(id: string): string | undefined {
    return [...this.listings].find(([, listingId]) => listingId === id)?.[0];
  }

  async suggestionsFor(key: string, asker: string, first = 20): Promise<Suggested[]> {
    return (await this.memberOf(asker).graphql.data(SUGGEST, { id: this.idOf(key), first })).matchesForListing;
  }

  ranking(suggested: Suggested[]): (string | undefined)[] {
    return suggested.map((s) => this.keyOf(s.counterpartListingId));
  }

  rowOf(suggested: Suggested[], key: string, factor: string): ExplanationRow {
    return suggested.find((s) => s.counterpartListingId === this.idOf(key))!.explanation.find((r) => r.factor === factor)!;
  }
}
