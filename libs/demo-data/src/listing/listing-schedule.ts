import type { Faker } from '@faker-js/faker';
import type { ListingStatus } from '../demo-data.types.js';

export interface ListingSchedule {
  status: ListingStatus;
  createdAt: Date;
  validFrom: Date;
  validUntil: Date;
}

const STATUS_WEIGHTS: { weight: number; value: ListingStatus }[] = [
  { weight: 80, value: 'ACTIVE' },
  { weight: 7, value: 'DRAFT' },
  { weight: 5, value: 'PAUSED' },
  { weight: 5, value: 'CLOSED' },
  { weight: 3, value: 'EXPIRED' },
];

const MINUTES_PER_DAY = 24 * 60;
const MAX_AGE = 180 * MINUTES_PER_DAY;
const MAX_PUBLICATION_DELAY = 14 * MINUTES_PER_DAY;
const MIN_VALIDITY = 30 * MINUTES_PER_DAY;
const MAX_VALIDITY = 365 * MINUTES_PER_DAY;

/**
 * All offsets are whole minutes counted back from `now`: created within the last 180 days, valid
 * from creation or up to two weeks later, for 30-365 days. Only expired listings ended before now.
 */
export function drawSchedule(faker: Faker, now: Date): ListingSchedule {
  const status = faker.helpers.weightedArrayElement(STATUS_WEIGHTS);
  const expired = status === 'EXPIRED';
  // An expired listing needs room for a full minimum validity (and an hour) before now.
  const earliestEnd = MIN_VALIDITY + 60;
  const age = faker.number.int({ min: expired ? earliestEnd + MAX_PUBLICATION_DELAY : 0, max: MAX_AGE - 1 });
  const delay = faker.number.int({ min: 0, max: Math.min(MAX_PUBLICATION_DELAY, expired ? age - earliestEnd : age) });
  const validSince = age - delay;
  const validity = expired
    ? faker.number.int({ min: MIN_VALIDITY, max: validSince - 60 })
    : faker.number.int({ min: Math.max(MIN_VALIDITY, validSince + MINUTES_PER_DAY), max: MAX_VALIDITY });
  return {
    status,
    createdAt: minutesBefore(now, age),
    validFrom: minutesBefore(now, validSince),
    validUntil: minutesBefore(now, validSince - validity),
  };
}

function minutesBefore(now: Date, minutes: number): Date {
  return new Date(now.getTime() - minutes * 60_000);
}
