import { TaxonomyService } from '@chainmatch/chains';
import { AppConfig } from '@chainmatch/config';
import { NotFoundError } from '@chainmatch/core';
import { greatCircleKm, SEARCH_ENGINE, SearchTextService, type SearchEngine, type SearchRequest } from '@chainmatch/search';
import { Inject, Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import { isEligible } from './eligibility.js';
import { meaningfulTerms } from './demand-terms.js';
import type { FactorRow } from './factor.js';
import type { FactorSettings } from './factors.js';
import { scorePair } from './match-score.js';
import type { ChainRelation, MatchSide, PairContext } from './match-side.js';
import { MatchSideRepository, type LoadedSide } from './match-side.repository.js';
import { parseMatchWeights, type MatchWeights } from './match-weights.js';
import { RESPONSIVENESS_SOURCE, type ResponsivenessSource } from './responsiveness.port.js';

export interface Suggestion {
  demandListingId: string;
  supplyListingId: string;
  /** The other side from the asking listing's point of view. */
  counterpartListingId: string;
  score: number;
  distanceKm: number | null;
  explanation: FactorRow[];
}

/**
 * Suppliers for a DEMAND, buyers for a SUPPLY: candidates retrieved through the search engine (the
 * opposite kind, in the same segment or an adjacent one along the chain, active and in date, nearest
 * first), kept when both sides' regions allow, then re-ranked by the explainable score.
 */
@Injectable()
export class SuggestionService implements OnModuleInit {
  private weights: MatchWeights;
  private settings: FactorSettings;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly sides: MatchSideRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly text: SearchTextService,
    private readonly config: AppConfig,
    @Optional() @Inject(RESPONSIVENESS_SOURCE) private readonly responsiveness?: ResponsivenessSource,
  ) {}

  /** Fails start-up on a bad MATCH_WEIGHTS, naming it. */
  onModuleInit(): void {
    this.weights = parseMatchWeights(this.config.get('MATCH_WEIGHTS'));
    this.settings = { distanceHalfKm: this.config.get('MATCH_DISTANCE_HALF_KM'), freshnessHalfDays: this.config.get('MATCH_FRESHNESS_HALF_DAYS') };
  }

  /** The best `limit` counterparts of a listing (none when it is not live), best first. */
  async suggestFor(listingId: string, limit: number): Promise<Suggestion[]> {
    const [source] = await this.sides.load([listingId]);
    if (!source) throw new NotFoundError('Listing', listingId);
    if (!source.live) return [];
    const { hits } = await this.engine.search(this.retrievalFor(source));
    const candidates = await this.withResponsiveness(await this.sides.load(hits.map((hit) => hit.id)));
    // A DEMAND's terms are the same for every candidate supplier: segment its text once per request.
    const terms = new Map<string, string[][][]>();
    const termsOf = (demand: LoadedSide) => {
      if (!terms.has(demand.listingId)) terms.set(demand.listingId, this.demandTerms(demand));
      return terms.get(demand.listingId)!;
    };
    return candidates
      .filter((candidate) => candidate.live && candidate.kind !== source.kind)
      .map((candidate) => this.score(source, candidate, termsOf))
      .filter((suggestion): suggestion is Suggestion => suggestion !== null)
      .sort((a, b) => b.score - a.score || a.counterpartListingId.localeCompare(b.counterpartListingId))
      .slice(0, limit);
  }

  /** The listings as scoring sees them (for measuring retrieval apart from the rest). */
  async sources(listingIds: readonly string[]): Promise<Map<string, MatchSide>> {
    return new Map((await this.sides.load(listingIds)).map((side) => [side.listingId, side]));
  }

  /** What the engine is asked: the filters of the pairing rules; ranking is ours. */
  retrievalFor(source: MatchSide): SearchRequest {
    const adjacent = source.kind === 'DEMAND' ? this.taxonomy.upstreamOf(source.segmentId) : this.taxonomy.downstreamOf(source.segmentId);
    const point = source.lat !== null && source.lng !== null ? { lat: source.lat, lng: source.lng } : undefined;
    return {
      filters: {
        kind: source.kind === 'DEMAND' ? 'SUPPLY' : 'DEMAND',
        segmentIds: [source.segmentId, ...adjacent.map((segment) => segment.id)],
        provinceAdcodes: source.kind === 'DEMAND' && source.servedProvinceAdcodes.length > 0 ? source.servedProvinceAdcodes : undefined,
        near: point,
      },
      sort: point ? 'DISTANCE' : 'NEWEST',
      offset: 0,
      limit: this.config.get('MATCH_CANDIDATES'),
    };
  }

  private score(source: LoadedSide, candidate: LoadedSide, termsOf: (demand: LoadedSide) => string[][][]): Suggestion | null {
    const [demand, supply] = source.kind === 'DEMAND' ? [source, candidate] : [candidate, source];
    const distanceKm = demand.lat !== null && demand.lng !== null && supply.lat !== null && supply.lng !== null
      ? greatCircleKm({ lat: demand.lat, lng: demand.lng }, { lat: supply.lat, lng: supply.lng }) : null;
    if (!isEligible(demand, supply, distanceKm)) return null;
    const { score, explanation } = scorePair(this.pairContext(demand, supply, distanceKm, termsOf(demand)), this.weights, this.settings);
    return {
      demandListingId: demand.listingId, supplyListingId: supply.listingId, counterpartListingId: candidate.listingId,
      score, distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10, explanation,
    };
  }

  /** The need's product terms (title and keywords), synonyms folded, trade words and quantities left out. */
  private demandTerms(demand: LoadedSide): string[][][] {
    const text = [demand.title, ...demand.keywords].join(' ');
    return meaningfulTerms(this.text.vocabulary.expand(this.text.analyzer.queryTokens(text)).map((term) => term.alternatives));
  }

  private pairContext(demand: LoadedSide, supply: LoadedSide, distanceKm: number | null, demandTerms: string[][][]): PairContext {
    const name = (id: string) => {
      const segment = this.taxonomy.segment(id);
      return { zh: segment?.nameZh ?? id, en: segment?.nameEn ?? id };
    };
    return {
      demand, supply, distanceKm, now: new Date(),
      relation: this.relationOf(supply.segmentId, demand.segmentId),
      supplySegmentName: name(supply.segmentId), demandSegmentName: name(demand.segmentId),
      demandTerms,
    };
  }

  private relationOf(supplySegmentId: string, demandSegmentId: string): ChainRelation {
    if (supplySegmentId === demandSegmentId) return 'SAME_SEGMENT';
    if (this.taxonomy.upstreamOf(demandSegmentId).some((segment) => segment.id === supplySegmentId)) return 'DIRECT_FEEDER';
    return this.taxonomy.segment(supplySegmentId)?.chainId === this.taxonomy.segment(demandSegmentId)?.chainId ? 'SAME_CHAIN' : 'OTHER';
  }

  private async withResponsiveness(sides: LoadedSide[]): Promise<LoadedSide[]> {
    if (!this.responsiveness || sides.length === 0) return sides;
    const hours = await this.responsiveness.medianResponseHours([...new Set(sides.map((side) => side.enterpriseId))]);
    return sides.map((side) => ({ ...side, medianResponseHours: hours.get(side.enterpriseId) ?? null }));
  }
}
