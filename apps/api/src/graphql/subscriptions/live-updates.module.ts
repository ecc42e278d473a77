import { InsightModule } from '@chainmatch/insight';
import { InterestModule } from '@chainmatch/interest';
import { MatchingModule } from '@chainmatch/matching';
import { Module } from '@nestjs/common';
import { InterestEventFieldsResolver, MatchEventFieldsResolver, SegmentRiskChangeFieldsResolver } from './event-fields.resolver.js';
import { InsightSubscriptionResolver } from './insight-subscriptions.resolver.js';
import { InterestSubscriptionResolver } from './interest-subscriptions.resolver.js';
import { LiveUpdateServer } from './live-update-server.js';
import { MatchSubscriptionResolver } from './match-subscriptions.resolver.js';

/** GraphQL subscriptions over the event bus (graphql-ws on /graphql, served by LiveUpdateServer; see graphql-ws-options.ts). */
@Module({
  imports: [InterestModule, MatchingModule, InsightModule],
  providers: [
    InterestSubscriptionResolver, MatchSubscriptionResolver, InsightSubscriptionResolver,
    InterestEventFieldsResolver, MatchEventFieldsResolver, SegmentRiskChangeFieldsResolver, LiveUpdateServer,
  ],
})
export class LiveUpdatesModule {}
