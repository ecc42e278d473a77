import { Allow, CurrentUser, Role, type AuthUser } from '@chainmatch/auth';
import { EVENT_BUS, type EventBus, type EventPayloads } from '@chainmatch/events';
import { MatchStatus } from '@chainmatch/matching';
import { Inject } from '@nestjs/common';
import { Resolver, Subscription } from '@nestjs/graphql';
import { filterEvents, mapEvents, mergeEvents } from './event-streams.js';
import { curatesMatch, isMatchParty } from './live-update-audience.js';
import { MatchEvent, MatchEventKind, type MatchEventPayload } from './live-update.types.js';

const asEvent = (event: MatchEventPayload) => event;

const suggested = (event: EventPayloads['match.suggested']): MatchEventPayload =>
  ({ ...event, kind: MatchEventKind.SUGGESTED, status: MatchStatus.SUGGESTED });

const changed = (event: EventPayloads['match.changed']): MatchEventPayload =>
  ({ ...event, kind: MatchEventKind.STATUS_CHANGED, status: event.status as MatchStatus });

/** Live matches: new suggestions and curation steps for the two enterprises, and the curation queue for the staff covering it. */
@Resolver()
export class MatchSubscriptionResolver {
  constructor(@Inject(EVENT_BUS) private readonly bus: EventBus) {}

  @Allow(Role.ENTERPRISE_MEMBER)
  @Subscription(() => MatchEvent, { resolve: asEvent, description: 'A match was suggested for one of your enterprise\'s listings.' })
  async matchSuggested(@CurrentUser() user: AuthUser): Promise<AsyncIterableIterator<MatchEventPayload>> {
    const events = await this.bus.subscribe('match.suggested');
    return mapEvents(filterEvents(events, (event) => isMatchParty(user, event)), suggested);
  }

  @Allow(Role.ENTERPRISE_MEMBER)
  @Subscription(() => MatchEvent, {
    resolve: asEvent,
    description: 'A match of one of your enterprise\'s listings changed its status: staff shortlisted, introduced or dismissed it, '
      + 'recorded its outcome, or it was retired.',
  })
  async myMatchChanged(@CurrentUser() user: AuthUser): Promise<AsyncIterableIterator<MatchEventPayload>> {
    const events = await this.bus.subscribe('match.changed');
    return mapEvents(filterEvents(events, (event) => isMatchParty(user, event)), changed);
  }

  @Allow(Role.ALLIANCE_STAFF, Role.ADMIN)
  @Subscription(() => MatchEvent, {
    resolve: asEvent,
    description: 'A match in your alliance\'s chains and provinces (any, for admins) was suggested or changed its status.',
  })
  async curationQueueChanged(@CurrentUser() user: AuthUser): Promise<AsyncIterableIterator<MatchEventPayload>> {
    const [suggestions, changes] = await Promise.all([this.bus.subscribe('match.suggested'), this.bus.subscribe('match.changed')]);
    return filterEvents(mergeEvents([mapEvents(suggestions, suggested), mapEvents(changes, changed)]), (event) => curatesMatch(user, event));
  }
}
