import type { Faker } from '@faker-js/faker';
import type { DemoDismissReason, DemoMatchStatus } from './curation-history.types.js';

/**
 * Where demo matches end up. A quarter still wait as suggestions; of those staff took up, most were
 * introduced, and about half of the introductions ended in an order.
 */
const OUTCOMES: { weight: number; value: DemoMatchStatus }[] = [
  { weight: 25, value: 'SUGGESTED' },
  { weight: 12, value: 'SHORTLISTED' },
  { weight: 10, value: 'DISMISSED' },
  { weight: 8, value: 'INTRODUCED' },
  { weight: 7, value: 'MEETING_HELD' },
  { weight: 6, value: 'SAMPLE_SENT' },
  { weight: 20, value: 'ORDER_PLACED' },
  { weight: 12, value: 'NO_DEAL' },
];

const NO_DEAL_REASONS = ['价格未谈拢', '交期无法满足', '认证资质不符合要求', '采购方转向现有供应商', '样品测试未通过', '起订量不匹配'];
const INTRODUCTION_NOTES = ['联盟工作人员电话介绍双方负责人', '在产业链供需对接会上当面介绍', '安排线上视频会议，双方交换了技术资料'];
const DISMISS_REASONS: { weight: number; value: DemoDismissReason }[] = [
  { weight: 40, value: 'NOT_RELEVANT' }, { weight: 20, value: 'CAPACITY_MISMATCH' }, { weight: 20, value: 'PRICE_MISMATCH' },
  { weight: 10, value: 'DUPLICATE' }, { weight: 10, value: 'OTHER' },
];

export const drawOutcome = (faker: Faker): DemoMatchStatus => faker.helpers.weightedArrayElement(OUTCOMES);

/** The statuses a match passed through to reach `outcome`, in order; optional steps drawn. */
export function pathTo(faker: Faker, outcome: DemoMatchStatus): DemoMatchStatus[] {
  const introduced: DemoMatchStatus[] = ['SUGGESTED', 'SHORTLISTED', 'INTRODUCED'];
  const maybe = (status: DemoMatchStatus, probability: number) => (faker.datatype.boolean(probability) ? [status] : []);
  switch (outcome) {
    case 'SUGGESTED':
      return ['SUGGESTED'];
    case 'SHORTLISTED':
      return ['SUGGESTED', 'SHORTLISTED'];
    case 'DISMISSED':
      return ['SUGGESTED', ...maybe('SHORTLISTED', 0.4), 'DISMISSED'];
    case 'INTRODUCED':
      return introduced;
    case 'MEETING_HELD':
      return [...introduced, 'MEETING_HELD'];
    case 'SAMPLE_SENT':
      return [...introduced, ...maybe('MEETING_HELD', 0.6), 'SAMPLE_SENT'];
    case 'ORDER_PLACED':
      return [...introduced, ...maybe('MEETING_HELD', 0.7), ...maybe('SAMPLE_SENT', 0.5), 'ORDER_PLACED'];
    case 'NO_DEAL':
      return [...introduced, ...maybe('MEETING_HELD', 0.5), 'NO_DEAL'];
  }
}

/** What staff wrote with a step; only introductions need a note. */
export function noteFor(faker: Faker, status: DemoMatchStatus): string | null {
  return status === 'INTRODUCED' ? faker.helpers.arrayElement(INTRODUCTION_NOTES) : null;
}

/** Order amounts spread over two orders of magnitude (50 thousand to 8 million CNY), rounded to the thousand. */
export function drawOrderAmount(faker: Faker): number {
  const exponent = faker.number.float({ min: Math.log10(50_000), max: Math.log10(8_000_000) });
  return Math.round(10 ** exponent / 1000) * 1000;
}

export const drawNoDealReason = (faker: Faker) => faker.helpers.arrayElement(NO_DEAL_REASONS);

export const drawDismissReason = (faker: Faker) => faker.helpers.weightedArrayElement(DISMISS_REASONS);
