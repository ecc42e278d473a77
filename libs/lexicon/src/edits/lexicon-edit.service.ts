import { assertCovers, type AuthUser } from '@chainmatch/auth';
import { BadUserInputError, ConflictError, NotFoundError, staleVersion, type FieldViolation } from '@chainmatch/core';
import { isPostgresError, PG_UNIQUE_VIOLATION } from '@chainmatch/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { lexiconCoverageTarget } from '../lexicon-coverage.js';
import { LexiconErrorReason } from '../lexicon.errors.js';
import { LexiconService } from '../lexicon.service.js';
import { validateLexicon, type LexiconProblem } from '../model/lexicon-validation.js';
import { termsOf, type TermGroup } from '../model/lexicon.types.js';
import { LexiconEditAction, LexiconEditEntity } from './lexicon-edit.entity.js';

interface Edit {
  groupId: string;
  chainId: string;
  /** The group after the edit; null to delete it. */
  after: TermGroup | null;
  expectedVersion: number;
  note: string | null;
}

/** Where a group's fields are in the mutations' arguments. */
const INPUT_FIELDS: Record<string, string> = { segments: 'segmentIds', broader: 'broaderId' };

/**
 * Staff edits of term groups: staff of an alliance covering the group's chain, and admins. Each edit
 * is checked against the whole lexicon as it would become (no term twice in the chain, segments and
 * broader groups exist, broader links stay a tree), then stored as one `lexicon_edit` row — one
 * transaction, serialised per chain, refused as CONFLICT when the version moved meanwhile.
 */
@Injectable()
export class LexiconEditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lexicon: LexiconService,
  ) {}

  create(group: TermGroup, note: string | null, actor: AuthUser): Promise<LexiconEditEntity> {
    return this.apply({ groupId: group.id, chainId: group.chainId, after: group, expectedVersion: 0, note }, actor);
  }

  async update(groupId: string, expectedVersion: number, change: Omit<TermGroup, 'id' | 'chainId'>, note: string | null, actor: AuthUser) {
    const current = this.existing(groupId);
    return this.apply({ groupId, chainId: current.chainId, after: { ...change, id: groupId, chainId: current.chainId }, expectedVersion, note }, actor);
  }

  async delete(groupId: string, expectedVersion: number, note: string | null, actor: AuthUser): Promise<LexiconEditEntity> {
    const current = this.existing(groupId);
    return this.apply({ groupId, chainId: current.chainId, after: null, expectedVersion, note }, actor);
  }

  private existing(groupId: string): TermGroup {
    const group = this.lexicon.current().group(groupId);
    if (!group) throw new NotFoundError('LexiconGroup', groupId);
    return group;
  }

  private async apply(edit: Edit, actor: AuthUser): Promise<LexiconEditEntity> {
    assertCovers(actor, lexiconCoverageTarget(edit.chainId));
    const saved = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('lexicon:' || $1))`, [edit.chainId]);
      await this.lexicon.refresh();
      const before = this.lexicon.current().group(edit.groupId) ?? null;
      const version = this.lexicon.versionOf(edit.groupId);
      if (before === null && edit.after === null) throw new NotFoundError('LexiconGroup', edit.groupId);
      if (edit.expectedVersion === 0 && before) throw new ConflictError(`group ${edit.groupId} exists already`, LexiconErrorReason.LEXICON_GROUP_EXISTS);
      if (edit.expectedVersion !== 0 && edit.expectedVersion !== version) {
        throw staleVersion(`lexicon group ${edit.groupId}`, edit.expectedVersion, version);
      }
      this.assertValid(edit);
      const row = manager.create(LexiconEditEntity, {
        groupId: edit.groupId, chainId: edit.chainId, version: version + 1, action: actionOf(before, edit.after),
        groupData: edit.after, previous: before, affectedTerms: this.affectedTerms(before, edit.after), note: edit.note, editedBy: actor.userId,
      });
      return manager.save(row).catch((error: unknown) => {
        throw isPostgresError(error, PG_UNIQUE_VIOLATION) ? staleVersion(`lexicon group ${edit.groupId}`, edit.expectedVersion, version + 1) : error;
      });
    });
    await this.lexicon.refresh();
    return (await this.dataSource.getRepository(LexiconEditEntity).findOneByOrFail({ id: saved.id }));
  }

  /** The lexicon as it would be after the edit must pass every rule; the edit's own problems name its input fields. */
  private assertValid(edit: Edit): void {
    const overlay = new Map(this.lexicon.current().groups().map((group) => [group.id, group]));
    if (edit.after) overlay.set(edit.groupId, edit.after);
    else overlay.delete(edit.groupId);
    const problems = validateLexicon([...overlay.values()], this.lexicon.taxonomyIds()).filter((problem) => problem.chainId === edit.chainId);
    const violations = problems.map((problem) => violationOf(problem, edit.groupId));
    if (violations.length > 0) throw new BadUserInputError(violations, LexiconErrorReason.INVALID_LEXICON_GROUP);
  }

  /** Terms whose listings must be analysed again: the group's old and new terms, and its narrower groups' when its place in the tree moved. */
  private affectedTerms(before: TermGroup | null, after: TermGroup | null): string[] {
    const moved = (before?.broader ?? null) !== (after?.broader ?? null) || after === null;
    const below = moved && before ? this.lexicon.current().descendantsOf(before.id).flatMap(({ group }) => termsOf(group)) : [];
    return [...new Set([...(before ? termsOf(before) : []), ...(after ? termsOf(after) : []), ...below].map((term) => term.toLowerCase()))].sort();
  }
}


function actionOf(before: TermGroup | null, after: TermGroup | null): LexiconEditAction {
  if (!after) return LexiconEditAction.DELETE;
  return before ? LexiconEditAction.UPDATE : LexiconEditAction.CREATE;
}

function violationOf(problem: LexiconProblem, editedId: string): FieldViolation {
  if (problem.groupId !== editedId) return { field: 'groupId', message: `${problem.groupId ?? problem.chainId}: ${problem.message}` };
  const [head, ...rest] = (problem.field ?? 'input').split(/(?=\[)/u);
  return { field: problem.field ? `input.${INPUT_FIELDS[head] ?? head}${rest.join('')}` : 'input', message: problem.message };
}
