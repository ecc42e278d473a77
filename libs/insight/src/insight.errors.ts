import { BadUserInputError, ConflictError, DomainError, ErrorCode, errorReasons } from '@chainmatch/core';

/** `extensions.reason` of the refusals of chain insight: its queries, exports, leaders and recomputation. */
export const InsightErrorReason = errorReasons('InsightErrorReason', 'Values of `extensions.reason` of refusals about chain insight.', {
  UNKNOWN_SNAPSHOT: 'BAD_USER_INPUT: names no finished insight snapshot.',
  NO_SNAPSHOT: 'BAD_USER_INPUT: no insight snapshot has finished yet; recompute first.',
  INVERTED_RANGE: 'BAD_USER_INPUT: a filter\'s first month is after its last.',
  NOT_IN_CHAIN: 'BAD_USER_INPUT: the enterprise works in no segment of the chain it would lead.',
  CHAIN_LEADER_NOT_FOUND: 'NOT_FOUND: the enterprise is not marked as a leader of the chain.',
  RECOMPUTE_STARTING: 'CONFLICT: a recomputation is just starting in another process; ask again in a moment.',
});
export type InsightErrorReason = (typeof InsightErrorReason)[keyof typeof InsightErrorReason];

export const notFoundSnapshot = (id: string, field: string) =>
  BadUserInputError.of(field, `names no finished insight snapshot (${id})`, InsightErrorReason.UNKNOWN_SNAPSHOT);

export const noSnapshotYet = (field: string) =>
  BadUserInputError.of(field, 'there is no finished insight snapshot yet', InsightErrorReason.NO_SNAPSHOT);

export const notInChain = (field: string) =>
  BadUserInputError.of(field, 'the enterprise works in no segment of this chain', InsightErrorReason.NOT_IN_CHAIN);

export const invertedMonthRange = (field: string) => BadUserInputError.of(field, 'must not be before fromMonth', InsightErrorReason.INVERTED_RANGE);

export const recomputeStarting = () =>
  new ConflictError('a recomputation is just starting in another process; ask again in a moment', InsightErrorReason.RECOMPUTE_STARTING);

export const leaderNotFound = (enterpriseId: string, chainId: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `chain leader ${enterpriseId}/${chainId} not found`, {
    reason: InsightErrorReason.CHAIN_LEADER_NOT_FOUND, enterpriseId, chainId,
  });
