import { Listing } from '@chainmatch/listings';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@chainmatch/core';
import type { ListingEntity } from '@chainmatch/listings';

@ObjectType({ description: 'Where a match lies in `text`, in UTF-16 code units (as JavaScript strings index).' })
export class TextRange {
  @Field(() => Int)
  start: number;

  @Field(() => Int)
  length: number;
}

@ObjectType({ description: 'A field of the listing with the words that matched the query; long text is cropped around them ("…").' })
export class SearchHighlight {
  @Field({ description: 'title, keywords (the matching ones, joined by " · ") or description.' })
  field: string;

  @Field({ description: 'Plain text: render it as text, and the ranges as marks.' })
  text: string;

  @Field(() => [TextRange])
  matches: TextRange[];
}

@ObjectType()
export class SearchListingEdge {
  @Field()
  cursor: string;

  @Field(() => Listing)
  node: ListingEntity;

  @Field(() => Float, { description: 'Relevance in [0, 1], comparable within one result list; 1 without text.' })
  score: number;

  @Field(() => Float, { nullable: true, description: 'Great-circle kilometres from `input.near`, when given and the listing has a location.' })
  distanceKm: number | null;

  @Field(() => [SearchHighlight])
  highlights: SearchHighlight[];
}

@ObjectType({ description: 'A value of a facet and how many matches have it (over all pages).' })
export class FacetCount {
  @Field({ description: 'kind, chain id, segment id or adcode.' })
  value: string;

  @Field(() => Int)
  count: number;

  @Field(() => String, { nullable: true })
  nameZh: string | null;

  @Field(() => String, { nullable: true })
  nameEn: string | null;
}

@ObjectType({ description: 'Counts among the matches of the search, filters included; largest first.' })
export class SearchFacets {
  @Field(() => [FacetCount])
  kind: FacetCount[];

  @Field(() => [FacetCount])
  chain: FacetCount[];

  @Field(() => [FacetCount])
  segment: FacetCount[];

  @Field(() => [FacetCount])
  province: FacetCount[];

  @Field(() => [FacetCount])
  city: FacetCount[];
}

@ObjectType({ description: 'A stretch of the query read as the domain word it sounds like (封装侧试 → 封装测试).' })
export class SearchCorrection {
  @Field()
  typed: string;

  @Field()
  word: string;
}

@ObjectType()
export class SearchListingConnection {
  @Field(() => [SearchListingEdge])
  edges: SearchListingEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Matches over all pages, counted up to 10 000 by every engine: a broader search says 10 000.' })
  totalCount: number;

  @Field(() => SearchFacets, { description: 'Computed only when asked for.' })
  facets: SearchFacets;

  @Field(() => [String], {
    description: 'Terms of `text` the results need not contain, as typed: when every term together finds less than a page, '
      + 'the least telling terms are dropped one by one, and listings with more of the terms still come first; a narrower product named as a broader one '
      + 'and qualifying words (车规MCU) then falls back to the broader product, its qualifier (车规) dropped. Only terms dropped to find a listing shown: empty for a strict result, and when dropping found nothing either.',
  })
  droppedTerms: string[];

  @Field(() => [SearchCorrection], { description: 'Chinese typos read as the domain words they sound like; their matches rank below exact ones.' })
  corrections: SearchCorrection[];
}
