import { Allow, CurrentUser, Role, type AuthUser } from '@chainmatch/auth';
import { EVENT_BUS, type EventBus } from '@chainmatch/events';
import { InterestStatus } from '@chainmatch/interest';
import { Inject } from '@nestjs/common';
import { Resolver, Subscription } from '@nestjs/graphql';
import { filterEvents, mapEvents } from './event-streams.js';
import { isInterestOwner, isInterestSender } from './live-update-audience.js';
import { InterestEvent, type InterestEventPayload } from './live-update.types.js';

/** The subscription field's value is the event itself; its `interest` is resolved per event. */
const asEvent = (event: InterestEventPayload) => event;

/** Live interest for the enterprises it concerns; each subscriber hears only of its own enterprise's. */
@Resolver()
export class InterestSubscriptionResolver {
  constructor(@Inject(EVENT_BUS) private readonly bus: EventBus) {}

  @Allow(Role.ENTERPRISE_MEMBER)
  @Subscription(() => InterestEvent, { resolve: asEvent, description: 'Another enterprise expressed interest in one of your enterprise\'s listings.' })
  async interestReceived(@CurrentUser() user: AuthUser): Promise<AsyncIterableIterator<InterestEventPayload>> {
    const events = await this.bus.subscribe('interest.received');
    return mapEvents(filterEvents(events, (event) => isInterestOwner(user, event)), (event) => ({ ...event, status: InterestStatus.PENDING }));
  }

  @Allow(Role.ENTERPRISE_MEMBER)
  @Subscription(() => InterestEvent, {
    resolve: asEvent,
    description: 'Interest your enterprise expressed was accepted or declined, or expired unanswered.',
  })
  async interestAnswered(@CurrentUser() user: AuthUser): Promise<AsyncIterableIterator<InterestEventPayload>> {
    const events = await this.bus.subscribe('interest.answered');
    return mapEvents(filterEvents(events, (event) => isInterestSender(user, event)), (event) => ({ ...event, status: event.status as InterestStatus }));
  }
}
