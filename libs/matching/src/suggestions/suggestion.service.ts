import { TaxonomyService } from '@chainmatch/chains';
import { AppConfig } from '@chainmatch/config';
import { NotFoundError } from '@chainmatch/core';
import { greatCircleKm, SEARCH_ENGINE, SearchTextService, type SearchEngine } from '@chainmatch/search';
import { UnitDirectory } from '@chainmatch/units';
import { Inject, Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import { retrievalChannels } from './candidate-retrieval.js';
import { chainRelationOf } from './chain-roles.js';
import { meaningfulTerms } from './demand-terms.js';
import { isEligible } from './eligibility.js';
import type { FactorRow } from './factor.js';
import type { FactorSettings } from './factors/reading.js';
import { scorePair, type ScoredPair } from './match-score.js';
import type { MatchSide, PairContext } from './match-side.js';
import { MatchSideRepository, type LoadedSide } from './match-side.repository.js';
import { parseMatchWeights, type MatchWeights } from './match-weights.js';
import { RESPONSIVENESS_SOURCE, type ResponsivenessSource } from './responsiveness.port.js';
import { viewpointOf, type Viewpoint } from './viewpoint.js';

export interface Suggestion {
  demandListingId: string;
  supplyListingId: string;
  /** The other side from the asking listing's point of view. */
  counterpartListingId: string;
  /** The asking listing's side: whose reading of the explanation fits. */
  viewpoint: Viewpoint;
  score: number;
  distanceKm: number | null;
  explanation: FactorRow[];
}

/** A scored candidate, explained only if it is kept. */
type Scored = Omit<Suggestion, 'explanation'> & { scored: ScoredPair };

/** What one request knows about every pair it scores: the need's terms and how scarce its suppliers are. */
interface ScoringRound {
  termsOf(demand: LoadedSide): string[][][];
  suppliersAround: ReadonlyMap<string, number>;
}

/**
 * Suppliers for a DEMAND, buyers for a SUPPLY: candidates retrieved through the search engine (see
 * retrievalChannels), kept when the hard rules allow (see isEligible), then re-ranked by the
 * explainable score. A pair scores the same whichever of its listings asks.
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
    private readonly units: UnitDirectory,
    private readonly config: AppConfig,
    @Optional() @Inject(RESPONSIVENESS_SOURCE) private readonly responsiveness?: ResponsivenessSource,
  ) {}

  /** Fails start-up on a bad MATCH_WEIGHTS, naming it. */
  onModuleInit(): void {
    this.weights = parseMatchWeights(this.config.get('MATCH_WEIGHTS'));
    this.settings = {
      distanceHalfKm: this.config.get('MATCH_DISTANCE_HALF_KM'),
      freshnessHalfDays: this.config.get('MATCH_FRESHNESS_HALF_DAYS'),
      scarceSuppliers: this.config.get('MATCH_SCARCE_SUPPLIERS'),
    };
  }

  /** The best `limit` counterparts of a listing (none when it is not live), best first. */
  async suggestFor(listingId: string, limit: number): Promise<Suggestion[]> {
    const [source] = await this.sides.load([listingId]);
    if (!source) throw new NotFoundError('Listing', listingId);
    if (!source.live) return [];
    const ids = (await this.retrieveCandidates(source)).filter((id) => id !== source.listingId);
    const [asker, ...loaded] = await this.withResponsiveness([source, ...(await this.sides.load(ids))]);
    const candidates = loaded.filter((candidate) => candidate.live && candidate.kind !== asker.kind);
    const round = await this.scoringRound(asker.kind === 'DEMAND' ? [asker] : candidates);
    return candidates
      .map((candidate) => this.score(asker, candidate, round))
      .filter((candidate): candidate is Scored => candidate !== null)
      .sort((a, b) => b.score - a.score || a.counterpartListingId.localeCompare(b.counterpartListingId))
      .slice(0, limit)
      .map(({ scored, ...suggestion }) => ({ ...suggestion, explanation: scored.explain() }));
  }

  /** The listings as scoring sees them (for measuring retrieval apart from the rest). */
  async sources(listingIds: readonly string[]): Promise<Map<string, MatchSide>> {
    return new Map((await this.sides.load(listingIds)).map((side) => [side.listingId, side]));
  }

  /** Ids of the candidates every retrieval channel found, united in channel order. */
  async retrieveCandidates(source: MatchSide): Promise<string[]> {
    const requests = retrievalChannels(this.taxonomy, source, this.config.get('MATCH_CANDIDATES'));
    const results = await Promise.all(requests.map((request) => this.engine.search(request)));
    return [...new Set(results.flatMap(({ hits }) => hits.map((hit) => hit.id)))];
  }

  /**
   * Per request: each need's terms segmented once, and per need segment the live offers that could
   * supply it (up to the scarcity threshold), counted in one query.
   */
  private async scoringRound(demands: LoadedSide[]): Promise<ScoringRound> {
    const segmentIds = [...new Set(demands.map((demand) => demand.segmentId))];
    const counts = await this.sides.liveOfferCounts(
      segmentIds.map((id) => this.taxonomy.counterpartSegmentsOf(id, 'SUPPLIERS')), this.settings.scarceSuppliers);
    const terms = new Map<string, string[][][]>();
    return {
      suppliersAround: new Map(segmentIds.map((id, i) => [id, counts[i]])),
      termsOf: (demand) => {
        if (!terms.has(demand.listingId)) terms.set(demand.listingId, this.demandTerms(demand));
        return terms.get(demand.listingId)!;
      },
    };
  }

  private score(asker: LoadedSide, candidate: LoadedSide, round: ScoringRound): Scored | null {
    const [demand, supply] = asker.kind === 'DEMAND' ? [asker, candidate] : [candidate, asker];
    const distanceKm = demand.lat !== null && demand.lng !== null && supply.lat !== null && supply.lng !== null
      ? greatCircleKm({ lat: demand.lat, lng: demand.lng }, { lat: supply.lat, lng: supply.lng }) : null;
    if (!isEligible(demand, supply, distanceKm)) return null;
    const pair = this.pairContext(demand, supply, distanceKm, round.termsOf(demand), round.suppliersAround.get(demand.segmentId) ?? 0);
    const scored = scorePair(pair, this.weights, this.settings);
    return {
      demandListingId: demand.listingId, supplyListingId: supply.listingId, counterpartListingId: candidate.listingId,
      viewpoint: viewpointOf(asker.kind), score: scored.score, distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10, scored,
    };
  }

  /** The need's product terms (title and keywords), synonyms folded, stop words, quantities and units left out. */
  private demandTerms(demand: LoadedSide): string[][][] {
    const text = [demand.title, ...demand.keywords].join(' ');
    const terms = this.text.vocabulary.expand(this.text.analyzer.queryTokens(text)).map((term) => term.alternatives);
    return meaningfulTerms(terms, this.units.catalogue.aliasKeys());
  }

  private pairContext(demand: LoadedSide, supply: LoadedSide, distanceKm: number | null, demandTerms: string[][][], suppliersAround: number): PairContext {
    const name = (id: string) => {
      const segment = this.taxonomy.segment(id);
      return { zh: segment?.nameZh ?? id, en: segment?.nameEn ?? id };
    };
    return {
      demand, supply, distanceKm, suppliersAround, now: new Date(), demandTerms,
      ...chainRelationOf(this.taxonomy, demand, supply),
      supplySegmentName: name(supply.segmentId), demandSegmentName: name(demand.segmentId),
    };
  }

  private async withResponsiveness(sides: LoadedSide[]): Promise<LoadedSide[]> {
    if (!this.responsiveness || sides.length === 0) return sides;
    const hours = await this.responsiveness.medianResponseHours([...new Set(sides.map((side) => side.enterpriseId))]);
    return sides.map((side) => ({ ...side, medianResponseHours: hours.get(side.enterpriseId) ?? null }));
  }
}
