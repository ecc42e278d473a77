import { InterestModule } from '@chainmatch/interest';
import { Module } from '@nestjs/common';
import { InterestEventFieldsResolver, MatchEventFieldsResolver } from './event-fields.resolver.js';
import { InterestSubscriptionResolver } from './interest-subscriptions.resolver.js';
import { LiveUpdateServer } from './live-update-server.js';
import { MatchReader } from './match-reader.service.js';
import { MatchSubscriptionResolver } from './match-subscriptions.resolver.js';

/** GraphQL subscriptions over the event bus (graphql-ws on /graphql, served by LiveUpdateServer; see graphql-ws-options.ts). */
@Module({
  imports: [InterestModule],
  providers: [
    InterestSubscriptionResolver, MatchSubscriptionResolver, InterestEventFieldsResolver, MatchEventFieldsResolver, MatchReader, LiveUpdateServer,
  ],
})
export class LiveUpdatesModule {}
