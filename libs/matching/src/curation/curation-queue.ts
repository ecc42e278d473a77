import { newestFirst, type KeysetOrder } from '@chainmatch/core';
import { MatchStatus, type MatchEntity } from '../match.entity.js';
import { invertedRange } from '../match.errors.js';
import { CurationSort, type CurationQueueFilter } from './curation.inputs.js';

/** What is still to curate: the queue's statuses unless the filter names others. */
export const QUEUE_STATUSES: MatchStatus[] = [MatchStatus.SUGGESTED, MatchStatus.SHORTLISTED];


/** Keyset orders of the queue; ties (equal scores are common) are broken by id, so pages never skip or repeat. */
const ORDERS: Record<CurationSort, KeysetOrder<MatchEntity>> = {
  [CurationSort.SCORE_DESC]: {
    sortColumn: 'match.score', idColumn: 'match.id', direction: 'DESC', sortKind: 'number',
    sortValueOf: (match) => match.score, idOf: (match) => match.id,
  },
  [CurationSort.NEWEST]: newestFirst('match'),
  [CurationSort.OLDEST]: { ...newestFirst('match'), direction: 'ASC' },
};

export const queueOrder = (sort: CurationSort = CurationSort.SCORE_DESC): KeysetOrder<MatchEntity> => ORDERS[sort];

export const queueStatuses = (filter: CurationQueueFilter): MatchStatus[] =>
  filter.statuses?.length ? filter.statuses : QUEUE_STATUSES;

/** Ranges the field validators cannot see: each bound is fine alone, the pair is not. */
export function checkQueueFilter(filter: CurationQueueFilter): void {
  const { minScore, maxScore, createdAfter, createdBefore } = filter;
  if (minScore != null && maxScore != null && minScore > maxScore) {
    throw invertedRange('filter.minScore', 'must not exceed filter.maxScore');
  }
  if (createdAfter && createdBefore && createdAfter >= createdBefore) {
    throw invertedRange('filter.createdAfter', 'must be before filter.createdBefore');
  }
}
