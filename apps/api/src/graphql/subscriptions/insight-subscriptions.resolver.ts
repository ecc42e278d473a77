import { Allow, CurrentUser, Role, type AuthUser } from '@chainmatch/auth';
import { EVENT_BUS, type EventBus } from '@chainmatch/events';
import { coversChainArea, RiskClass } from '@chainmatch/insight';
import { Inject } from '@nestjs/common';
import { Resolver, Subscription } from '@nestjs/graphql';
import { filterEvents, mapEvents } from './event-streams.js';
import { SegmentRiskChangeEvent, type SegmentRiskChangePayload } from './live-update.types.js';

const asEvent = (event: SegmentRiskChangePayload) => event;

/** Live chain insight: staff hear when a recomputed snapshot moves a segment of their coverage to another risk class. */
@Resolver()
export class InsightSubscriptionResolver {
  constructor(@Inject(EVENT_BUS) private readonly bus: EventBus) {}

  @Allow(Role.ALLIANCE_STAFF, Role.ADMIN)
  @Subscription(() => SegmentRiskChangeEvent, {
    resolve: asEvent,
    description: 'A segment of your alliance\'s chains changed risk class in one of your provinces, or in the whole region (any, for admins).',
  })
  async segmentRiskChanged(@CurrentUser() user: AuthUser): Promise<AsyncIterableIterator<SegmentRiskChangePayload>> {
    const events = await this.bus.subscribe('insight.risk_changed');
    return mapEvents(filterEvents(events, (event) => coversChainArea(user, event)), (event) => ({
      ...event, fromClass: event.fromClass as RiskClass, toClass: event.toClass as RiskClass,
    }));
  }
}
