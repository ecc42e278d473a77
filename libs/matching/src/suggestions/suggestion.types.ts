import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { MatchViewpoint } from '../match.types.js';
import type { Viewpoint } from './viewpoint.js';

/** Computed on request (`listing`, the counterpart, and `explanation` are resolved by the suggestion resolver). */
@ObjectType({ description: 'A counterpart for a listing: suppliers for a DEMAND, buyers for a SUPPLY, with the reasons.' })
export class MatchSuggestion {
  @Field(() => ID)
  demandListingId: string;

  @Field(() => ID)
  supplyListingId: string;

  @Field(() => ID, { description: 'The other listing, from the asking listing\'s point of view.' })
  counterpartListingId: string;

  @Field(() => Float, { description: 'In [0, 1]; the explanation\'s contributions add up to it.' })
  score: number;

  @Field(() => Float, { nullable: true })
  distanceKm: number | null;

  @Field(() => MatchViewpoint, { description: 'The asking listing\'s side: the explanation is written for it, about the counterpart.' })
  viewpoint: Viewpoint;
}
