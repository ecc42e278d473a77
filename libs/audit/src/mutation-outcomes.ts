import type { AuthUser } from '@chainmatch/auth';
import { isUUID } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import type { AuditLogEntity } from './audit-log.entity.js';
import { AUDIT_TARGETS, targetTypeFromTypeName } from './audit-targets.js';
import type { RootField } from '@chainmatch/core';

export type AuditEntry = Omit<AuditLogEntity, 'id' | 'at'>;

/** What a root mutation resolver returned or threw, as seen when it finished. */
export interface ResolvedRootField {
  idArgument: unknown;
  result: unknown;
}

export interface MutationRequest {
  /** Every root field the operation asked for. */
  rootFields: RootField[];
  /** The root fields whose resolver ran, by response key. */
  resolved: ReadonlyMap<string, ResolvedRootField>;
  /** The errors as sent to the client (after formatting), so the log shows the codes the caller saw. */
  errors: readonly GraphQLFormattedError[];
  /** The named object type a mutation returns; undefined for scalars. */
  returnTypeOf(fieldName: string): string | undefined;
  actor: AuthUser | undefined;
  ip: string | undefined;
}

/**
 * One entry per root mutation field of a request, however it ended:
 * - its resolver ran (guards run inside it, so a guard's refusal counts here): OK, or the code of
 *   the error at its own path (an error deeper in its result does not undo the write);
 * - it never ran because the whole request was refused first (variables, query limits): that code;
 * - it never ran because an earlier mutation of the same operation failed: NOT_EXECUTED.
 * An operation refused whole before execution writes one entry per mutation it named, however many
 * aliases repeat it: a thousand aliased mutations refused at once are one refusal, not a thousand.
 */
export function auditEntriesFor(request: MutationRequest): AuditEntry[] {
  const requestError = request.errors.find((error) => !error.path?.length);
  const refusedWhole = requestError !== undefined && request.resolved.size === 0;
  const fields = refusedWhole ? [...new Map(request.rootFields.map((field) => [field.fieldName, field])).values()] : request.rootFields;
  return fields.map((field) => {
    const resolved = request.resolved.get(field.responseKey);
    const ownError = request.errors.find((error) => error.path?.length === 1 && error.path[0] === field.responseKey);
    const error = ownError ?? (resolved ? undefined : requestError);
    const target = AUDIT_TARGETS[field.fieldName];
    const succeeded = resolved !== undefined && error === undefined;
    const result = succeeded ? (resolved.result as { id?: unknown } | null | undefined) : undefined;
    return {
      actorUserId: request.actor?.userId ?? null,
      actorRole: request.actor?.role ?? null,
      action: field.fieldName,
      targetType: target?.type ?? targetTypeFromTypeName(request.returnTypeOf(field.fieldName)),
      targetId: firstUuid(resolved ? resolved.idArgument : field.idArgument, succeeded && target?.idOf ? target.idOf(result, request.actor) : undefined, result?.id),
      outcome: error ? codeOf(error) : resolved ? 'OK' : 'NOT_EXECUTED',
      reason: typeof error?.extensions?.reason === 'string' ? error.extensions.reason : null,
      ip: request.ip ?? null,
    };
  });
}

const codeOf = (error: GraphQLFormattedError) =>
  typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';

/** The column is a uuid: a malformed id argument is recorded as no target rather than failing the insert. */
function firstUuid(...candidates: unknown[]): string | null {
  const found = candidates.find((candidate): candidate is string => typeof candidate === 'string' && isUUID(candidate));
  return found?.toLowerCase() ?? null;
}
