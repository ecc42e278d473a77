import type { AuthUser } from '@chainmatch/auth';
import { Transactions } from '@chainmatch/core';
import { ContactGrantService } from '@chainmatch/enterprises';
import { EVENT_BUS, type EventBus, type EventPayloads } from '@chainmatch/events';
import { Inject, Injectable } from '@nestjs/common';
import { MatchEntity, MatchEventEntity, MatchStatus } from '../match.entity.js';
import { matchNotFound, staleMatchVersion } from '../match.errors.js';
import type { MatchDismissReason, RecordMatchOutcomeArgs } from './curation.inputs.js';
import { assertCuratesMatch, canSeeMatch } from './match-access.js';
import { assertTransition } from './match-lifecycle.js';
import { normalizeNote, outcomeChange, requiredNote } from './match-outcome.js';

type MatchChange = Partial<Pick<MatchEntity, 'dismissReason' | 'noDealReason' | 'orderAmountCny'>> & { status: MatchStatus };
type AfterChange = (match: MatchEntity) => Promise<void>;

interface Transition {
  id: string;
  expectedVersion: number;
  actor: AuthUser;
  change: MatchChange;
  note: string | null;
  after?: AfterChange;
}

/**
 * The curation of a match by alliance staff (inside their coverage) and admins. Each step is one
 * transaction on the locked row: coverage, version and lifecycle are checked, the step is kept in
 * the timeline and announced on `match.changed` — all or nothing.
 */
@Injectable()
export class CurationService {
  constructor(
    private readonly transactions: Transactions,
    private readonly grants: ContactGrantService,
    @Inject(EVENT_BUS) private readonly events: EventBus,
  ) {}

  /** The match if the caller may see it: covering staff, admins, members of either enterprise. */
  async findVisible(id: string, user: AuthUser | undefined): Promise<MatchEntity | null> {
    const match = await this.transactions.tx.findOneBy(MatchEntity, { id });
    return match && canSeeMatch(user, match) ? match : null;
  }

  shortlist(id: string, expectedVersion: number, note: string | null | undefined, actor: AuthUser): Promise<MatchEntity> {
    return this.transition({ id, expectedVersion, actor, change: { status: MatchStatus.SHORTLISTED }, note: normalizeNote(note) });
  }

  dismiss(id: string, expectedVersion: number, reason: MatchDismissReason, note: string | null | undefined, actor: AuthUser): Promise<MatchEntity> {
    const change = { status: MatchStatus.DISMISSED, dismissReason: reason };
    return this.transition({ id, expectedVersion, actor, change, note: normalizeNote(note) });
  }

  /** Introducing the parties reveals each one's contact details to the other, in the same transaction. */
  introduce(id: string, expectedVersion: number, note: string, actor: AuthUser): Promise<MatchEntity> {
    const after: AfterChange = (match) => this.grants.grantMutual(match.demandEnterpriseId, match.supplyEnterpriseId, 'MATCH', match.id);
    return this.transition({ id, expectedVersion, actor, change: { status: MatchStatus.INTRODUCED }, note: requiredNote(note), after });
  }

  recordOutcome(id: string, expectedVersion: number, args: RecordMatchOutcomeArgs, actor: AuthUser): Promise<MatchEntity> {
    return this.transition({ id, expectedVersion, actor, change: outcomeChange(args), note: normalizeNote(args.note) });
  }

  private transition({ id, expectedVersion, actor, change, note, after }: Transition): Promise<MatchEntity> {
    return this.transactions.run(async () => {
      const manager = this.transactions.tx;
      const match = await manager.findOne(MatchEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!match) throw matchNotFound(id);
      assertCuratesMatch(actor, match);
      if (match.version !== expectedVersion) throw staleMatchVersion(expectedVersion, match.version);
      assertTransition(match.status, change.status);
      const fromStatus = match.status;
      const saved = await manager.save(Object.assign(match, change, { version: match.version + 1 }));
      await manager.insert(MatchEventEntity, { matchId: id, fromStatus, toStatus: change.status, actorUserId: actor.userId, note });
      await after?.(saved);
      await this.events.publish('match.changed', changedEvent(saved));
      return saved;
    });
  }
}

function changedEvent(match: MatchEntity): EventPayloads['match.changed'] {
  const { id: matchId, status, chainId, demandEnterpriseId, supplyEnterpriseId } = match;
  const provinceAdcodes = [...new Set([match.demandProvinceAdcode, match.supplyProvinceAdcode])];
  return { matchId, status, chainId, provinceAdcodes, demandEnterpriseId, supplyEnterpriseId };
}
