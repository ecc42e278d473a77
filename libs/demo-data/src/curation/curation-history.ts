import type { Faker } from '@faker-js/faker';
import type { DemoGenerationOptions } from '../demo-data.types.js';
import { createDemoFaker, randomUuid } from '../seeded-faker.js';
import type { DemoCuratedMatch, DemoCurationStep, DemoMatchCandidate, DemoMatchStatus } from './curation-history.types.js';
import { drawDismissReason, drawNoDealReason, drawOrderAmount, drawOutcome, noteFor, pathTo } from './curation-paths.js';

const DAY_MS = 86_400_000;
/** Buyers mostly find suppliers near home: the share of matches kept inside the buyer's province when a candidate there exists. */
const SAME_PROVINCE_SHARE = 0.45;

/**
 * A curation history over demand listings: for each (with its candidate suppliers, from the
 * same or a feeding segment), one match, where it ended up, and the dated steps that took it there
 * — after both listings were published, before `now`. Each demand seeds its own stream from
 * (seed, its index), so a history can be generated in chunks with identical results.
 */
export function generateCurationHistory(candidatesPerDemand: DemoMatchCandidate[][], options: DemoGenerationOptions, firstIndex = 0): DemoCuratedMatch[] {
  const faker = createDemoFaker();
  return candidatesPerDemand.flatMap((candidates, offset) => {
    if (candidates.length === 0) return [];
    faker.seed([options.seed, 7_000_000 + firstIndex + offset]);
    return [curate(faker, pickCandidate(faker, candidates), options.now)];
  });
}

function pickCandidate(faker: Faker, candidates: DemoMatchCandidate[]): DemoMatchCandidate {
  const local = candidates.filter((c) => c.supplyProvinceAdcode === c.demandProvinceAdcode);
  return faker.helpers.arrayElement(local.length > 0 && faker.datatype.boolean(SAME_PROVINCE_SHARE) ? local : candidates);
}

function curate(faker: Faker, candidate: DemoMatchCandidate, now: Date): DemoCuratedMatch {
  const status = drawOutcome(faker);
  const steps = datedSteps(faker, pathTo(faker, status), candidate, now);
  return {
    id: randomUuid(faker),
    candidate,
    score: Math.round(faker.number.float({ min: 0.45, max: 0.95 }) * 10_000) / 10_000,
    status,
    steps,
    orderAmountCny: status === 'ORDER_PLACED' ? drawOrderAmount(faker) : null,
    noDealReason: status === 'NO_DEAL' ? drawNoDealReason(faker) : null,
    dismissReason: status === 'DISMISSED' ? drawDismissReason(faker) : null,
  };
}

/** Steps a few days to a few weeks apart, squeezed into the time between publication and now when they would overrun it. */
function datedSteps(faker: Faker, path: DemoMatchStatus[], candidate: DemoMatchCandidate, now: Date): DemoCurationStep[] {
  const start = Math.max(candidate.demandPublishedAt.getTime(), candidate.supplyPublishedAt.getTime()) + faker.number.float({ min: 0.05, max: 3 }) * DAY_MS;
  const gaps = path.map((_, i) => (i === 0 ? 0 : faker.number.float({ min: 1, max: 21 }) * DAY_MS));
  const span = gaps.reduce((sum, gap) => sum + gap, 0);
  const room = Math.max(0, now.getTime() - 60_000 - start);
  const scale = span > room ? room / span : 1;
  let at = Math.min(start, now.getTime() - 60_000);
  return path.map((toStatus, i) => {
    at += gaps[i] * scale;
    return { toStatus, at: new Date(Math.round(at)), note: noteFor(faker, toStatus) };
  });
}
