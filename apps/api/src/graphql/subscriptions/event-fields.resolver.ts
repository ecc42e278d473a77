import { userOfContext, type RequestWithUser } from '@chainmatch/auth';
import { coversChainArea, RiskQueryService, SegmentRisk, type SegmentRiskEntity } from '@chainmatch/insight';
import { Interest, InterestQueryService, type InterestEntity } from '@chainmatch/interest';
import { CurationService, Match, type MatchEntity } from '@chainmatch/matching';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  InterestEvent, MatchEvent, SegmentRiskChangeEvent, type InterestEventPayload, type MatchEventPayload, type SegmentRiskChangePayload,
} from './live-update.types.js';

type WithUser = { req?: RequestWithUser };

/** The interest an event is about, as it stands when the event is delivered; null if the subscriber may not see it. */
@Resolver(() => InterestEvent)
export class InterestEventFieldsResolver {
  constructor(private readonly interests: InterestQueryService) {}

  @ResolveField(() => Interest, { nullable: true, description: 'How the interest stands now; null if you may no longer see it.' })
  interest(@Parent() event: InterestEventPayload, @Context() context: WithUser): Promise<InterestEntity | null> {
    return this.interests.findVisible(event.interestId, userOfContext(context));
  }
}

/** The match an event is about, read afresh per event: the event's facts decided delivery, the row decides what is shown. */
@Resolver(() => MatchEvent)
export class MatchEventFieldsResolver {
  constructor(private readonly curation: CurationService) {}

  @ResolveField(() => Match, { nullable: true, description: 'How the match stands now; null if you may no longer see it.' })
  match(@Parent() event: MatchEventPayload, @Context() context: WithUser): Promise<MatchEntity | null> {
    return this.curation.findVisible(event.matchId, userOfContext(context));
  }
}

/** The risk row an event is about, read when the event is delivered and checked against the subscriber's coverage again. */
@Resolver(() => SegmentRiskChangeEvent)
export class SegmentRiskChangeFieldsResolver {
  constructor(private readonly risks: RiskQueryService) {}

  @ResolveField(() => SegmentRisk, { nullable: true, description: 'The segment\'s risk in the new snapshot, with its reasons; null if no longer there.' })
  async risk(@Parent() event: SegmentRiskChangePayload, @Context() context: WithUser): Promise<SegmentRiskEntity | null> {
    if (!/^[1-9]\d{0,18}$/.test(event.riskId)) return null;
    const [row] = await this.risks.findByIds([event.riskId]);
    return row && coversChainArea(userOfContext(context), row) ? row : null;
  }
}
