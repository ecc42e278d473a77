import { ConnectionType } from '@chainmatch/core';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How far a chain leader\'s needs are met from the region, from the newest snapshot.' })
export class ChainLeaderFigures {
  @Field()
  takenAt: Date;

  @Field(() => Int, { description: 'Its live DEMAND listings in the chain.' })
  demandListings: number;

  @Field(() => Int, { description: 'Of them, those with a regional supplier introduced or ordered from (not counting introductions that ended without a deal).' })
  withRegionalSupplier: number;

  @Field(() => Float, { nullable: true, description: 'withRegionalSupplier / demandListings; null without demand.' })
  localSupplyRate: number | null;

  @Field()
  sentenceZh: string;

  @Field()
  sentenceEn: string;
}

/** Enterprise, chain, figures and needs are resolved by the chain leader field resolvers. */
@ObjectType({ description: 'An enterprise staff marked as a chain leader (链主): it pulls its upstream and downstream partners along.' })
export class ChainLeader {
  @Field(() => ID)
  enterpriseId: string;

  @Field()
  chainId: string;

  @Field()
  markedAt: Date;

  @Field(() => String, { nullable: true })
  note: string | null;
}

export const ChainLeaderConnection = ConnectionType(ChainLeader, 'ChainLeader');
