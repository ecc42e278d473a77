import { TaxonomyService } from '@chainmatch/chains';
import { AppConfig } from '@chainmatch/config';
import { NotFoundError } from '@chainmatch/core';
import { RegionDirectory } from '@chainmatch/regions';
import { greatCircleKm, ListingTermsRepository, SEARCH_ENGINE, SearchTextService, type SearchEngine } from '@chainmatch/search';
import { UnitDirectory } from '@chainmatch/units';
import { Inject, Injectable, Optional, type OnModuleInit } from '@nestjs/common';
import { retrievalChannels } from './candidate-retrieval.js';
import { chainRelationOf, supplyingSegments } from './chain-roles.js';
import { isEligible } from './eligibility.js';
import type { FactorRow } from './factor.js';
import type { FactorSettings } from './factors/reading.js';
import { scorePair, type ScoredPair } from './match-score.js';
import type { MatchSide, PairContext } from './match-side.js';
import { MatchSideRepository, type LoadedSide } from './match-side.repository.js';
import { parseMatchWeights, type MatchWeights } from './match-weights.js';
import { NonProductWords, placeWords } from './non-product-words.js';
import {
  fitsProduct, mainProductKeys, needProfile, offerProfile, productFit, productQueries, type NeedProfile, type OfferProfile, type ProductFit,
} from './product-fit.js';
import { RESPONSIVENESS_SOURCE, type ResponsivenessSource } from './responsiveness.port.js';
import { viewpointOf, type Viewpoint } from './viewpoint.js';

/** The need's heaviest product terms searched for by the product channel. */
const QUERY_TERMS = 3;

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

/**
 * Suppliers for a DEMAND, buyers for a SUPPLY: candidates retrieved through the search engine (see
 * retrievalChannels), kept when the hard rules allow (see isEligible), then re-ranked by the
 * explainable score. A pair scores the same whichever of its listings asks.
 */
@Injectable()
export class SuggestionService implements OnModuleInit {
  private weights: MatchWeights;
  private settings: FactorSettings;
  /** Every place name of the region, as words: they say where, not what. */
  private places: ReadonlySet<string>;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly sides: MatchSideRepository,
    private readonly terms: ListingTermsRepository,
    private readonly taxonomy: TaxonomyService,
    private readonly text: SearchTextService,
    private readonly units: UnitDirectory,
    private readonly regions: RegionDirectory,
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
      minProductFit: this.config.get('MATCH_MIN_PRODUCT_FIT'),
    };
    const cities = this.regions.listCities();
    this.places = placeWords([...this.regions.listProvinces(), ...cities, ...cities.flatMap((city) => this.regions.listCounties(city.adcode))]);
  }

  /** The best `limit` counterparts of a listing (none when it is not live), best first. */
  async suggestFor(listingId: string, limit: number): Promise<Suggestion[]> {
    const [source] = await this.sides.load([listingId], 'fresh');
    if (!source) throw new NotFoundError('Listing', listingId);
    if (!source.live) return [];
    const ids = (await this.retrieveCandidates(source)).filter((id) => id !== source.listingId);
    const [asker, ...loaded] = await this.withResponsiveness([source, ...(await this.sides.load(ids, 'stored'))]);
    const candidates = loaded.filter((candidate) => candidate.live && candidate.kind !== asker.kind);
    const needOf = memo((demand: MatchSide) => this.needProfile(demand));
    const offerOf = memo((supply: MatchSide) => offerProfile(supply.terms.offer));
    // The hard rules and the product floor first: only the pairs they keep need their suppliers counted.
    const fitting = candidates.map((candidate) => this.fit(asker, candidate, needOf, offerOf)).filter((pair): pair is FittingPair => pair !== null);
    const suppliersAround = await this.countSuppliers([...new Set(fitting.map((pair) => pair.demand))], needOf);
    return fitting
      .map((pair) => this.score(asker, pair, suppliersAround(pair.demand)))
      .sort((a, b) => b.score - a.score || a.counterpartListingId.localeCompare(b.counterpartListingId))
      .slice(0, limit)
      .map(({ scored, ...suggestion }) => ({ ...suggestion, explanation: scored.explain() }));
  }

  /** The listings as scoring sees them (for measuring retrieval apart from the rest). */
  async sources(listingIds: readonly string[]): Promise<Map<string, MatchSide>> {
    return new Map((await this.sides.load(listingIds, 'fresh')).map((side) => [side.listingId, side]));
  }

  /** Ids of the candidates every retrieval channel found, united in channel order. */
  async retrieveCandidates(source: MatchSide): Promise<string[]> {
    const profile = this.needProfile(source);
    const product = { ...productQueries(profile, QUERY_TERMS), productSegments: profile.productSegments };
    const requests = retrievalChannels(this.taxonomy, source, this.config.get('MATCH_CANDIDATES'), product);
    const results = await Promise.all(requests.map((request) => this.engine.search(request)));
    return [...new Set(results.flatMap(({ hits }) => hits.map((hit) => hit.id)))];
  }

  /**
   * For each need, the live offers of its main product in the segments of its genuine counterparts
   * (supplyingSegments: not its competitors'), up to the scarcity threshold, counted in one query
   * however many needs there are.
   */
  private async countSuppliers(demands: MatchSide[], needOf: (demand: MatchSide) => NeedProfile): Promise<(demand: MatchSide) => number> {
    const requests = demands.map((demand) => ({
      segmentIds: supplyingSegments(this.taxonomy, demand, needOf(demand).productSegments), keys: mainProductKeys(needOf(demand)),
    }));
    const keyed = new Map(requests.filter((r) => r.keys.length > 0).map((r) => [JSON.stringify(r), r]));
    const counts = await this.terms.countOffers([...keyed.values()], this.settings.scarceSuppliers);
    const found = new Map([...keyed.keys()].map((key, i) => [key, counts[i]]));
    const around = new Map(demands.map((demand, i) => [demand.listingId, found.get(JSON.stringify(requests[i])) ?? this.settings.scarceSuppliers]));
    return (demand) => around.get(demand.listingId) ?? this.settings.scarceSuppliers;
  }

  /** The pair of the asker and a candidate when the hard rules allow it and the offer fits the need's product; null otherwise. */
  private fit(asker: LoadedSide, candidate: LoadedSide, needOf: (demand: MatchSide) => NeedProfile, offerOf: (supply: MatchSide) => OfferProfile): FittingPair | null {
    const [demand, supply] = asker.kind === 'DEMAND' ? [asker, candidate] : [candidate, asker];
    const distanceKm = demand.lat !== null && demand.lng !== null && supply.lat !== null && supply.lng !== null
      ? greatCircleKm({ lat: demand.lat, lng: demand.lng }, { lat: supply.lat, lng: supply.lng }) : null;
    if (!isEligible(demand, supply, distanceKm)) return null;
    const need = needOf(demand);
    const fit = productFit(need, offerOf(supply));
    return fitsProduct(fit, this.settings.minProductFit) ? { candidate, demand, supply, distanceKm, need, fit } : null;
  }

  private score(asker: LoadedSide, { candidate, ...facts }: FittingPair, suppliersAround: number): Scored {
    const { demand, supply, distanceKm } = facts;
    const scored = scorePair(this.pairContext({ ...facts, suppliersAround }), this.weights, this.settings);
    return {
      demandListingId: demand.listingId, supplyListingId: supply.listingId, counterpartListingId: candidate.listingId,
      viewpoint: viewpointOf(asker.kind), score: scored.score, distanceKm: distanceKm === null ? null : Math.round(distanceKm * 10) / 10, scored,
    };
  }

  /** What a listing names, as a need (an offer's products are what its buyers' needs name). */
  private needProfile(side: MatchSide): NeedProfile {
    return needProfile(side.terms.products, this.text.vocabulary.lexicon, new NonProductWords(this.units.catalogue.aliasKeys(), this.places));
  }

  private pairContext(facts: PairFacts): PairContext {
    const { demand, supply, distanceKm, need, fit, suppliersAround } = facts;
    const name = (id: string) => {
      const segment = this.taxonomy.segment(id);
      return { zh: segment?.nameZh ?? id, en: segment?.nameEn ?? id };
    };
    return {
      demand, supply, distanceKm, suppliersAround, now: new Date(), productFit: fit,
      ...chainRelationOf(this.taxonomy, demand, supply, need.productSegments),
      supplySegmentName: name(supply.segmentId), demandSegmentName: name(demand.segmentId),
    };
  }

  private async withResponsiveness(sides: LoadedSide[]): Promise<LoadedSide[]> {
    if (!this.responsiveness || sides.length === 0) return sides;
    const hours = await this.responsiveness.medianResponseHours([...new Set(sides.map((side) => side.enterpriseId))]);
    return sides.map((side) => ({ ...side, medianResponseHours: hours.get(side.enterpriseId) ?? null }));
  }
}

interface PairFacts {
  demand: MatchSide;
  supply: MatchSide;
  distanceKm: number | null;
  need: NeedProfile;
  fit: ProductFit;
  suppliersAround: number;
}

/** A pair the hard rules and the product floor keep, before its suppliers are counted. */
type FittingPair = Omit<PairFacts, 'suppliersAround'> & { candidate: LoadedSide };

/** A per-listing function worked out once per listing. */
function memo<T>(compute: (side: MatchSide) => T): (side: MatchSide) => T {
  const known = new Map<string, T>();
  return (side) => {
    if (!known.has(side.listingId)) known.set(side.listingId, compute(side));
    return known.get(side.listingId)!;
  };
}
