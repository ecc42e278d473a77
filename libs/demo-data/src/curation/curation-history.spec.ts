import { MatchStatus, NEXT_STATUSES } from '@chainmatch/matching';
import { generateCurationHistory } from './curation-history.js';
import type { DemoMatchCandidate } from './curation-history.types.js';

const NOW = new Date('2026-06-30T04:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

function candidates(count: number): DemoMatchCandidate[][] {
  return Array.from({ length: count }, (_, i) => [
    { demandListingId: `d${i}`, demandEnterpriseId: `b${i}`, demandProvinceAdcode: '320000', demandPublishedAt: daysAgo(120 - (i % 100)),
      supplyListingId: `s${i}`, supplyEnterpriseId: `v${i}`, supplyProvinceAdcode: '320000', supplyPublishedAt: daysAgo(150) },
    { demandListingId: `d${i}`, demandEnterpriseId: `b${i}`, demandProvinceAdcode: '320000', demandPublishedAt: daysAgo(120 - (i % 100)),
      supplyListingId: `t${i}`, supplyEnterpriseId: `w${i}`, supplyProvinceAdcode: i % 2 ? '330000' : '340000', supplyPublishedAt: daysAgo(5) },
  ]);
}

describe('generateCurationHistory', () => {
  const history = generateCurationHistory(candidates(400), { seed: 1, now: NOW });

  it('is the same for the same seed, and the same in chunks', () => {
    expect(generateCurationHistory(candidates(400), { seed: 1, now: NOW })).toEqual(history);
    const all = candidates(400);
    expect([...generateCurationHistory(all.slice(0, 150), { seed: 1, now: NOW }), ...generateCurationHistory(all.slice(150), { seed: 1, now: NOW }, 150)])
      .toEqual(history);
  });

  it('takes every match through legal steps only, starting as a suggestion, ending where its status says', () => {
    for (const match of history) {
      const statuses = match.steps.map((step) => step.toStatus as MatchStatus);
      expect(statuses[0]).toBe(MatchStatus.SUGGESTED);
      expect(statuses.at(-1)).toBe(match.status);
      statuses.slice(1).forEach((status, i) => expect(NEXT_STATUSES[statuses[i]]).toContain(status));
    }
  });

  it('dates every step after both listings were published, in order, before now', () => {
    for (const { steps, candidate } of history) {
      const published = Math.max(candidate.demandPublishedAt.getTime(), candidate.supplyPublishedAt.getTime());
      const times = steps.map((step) => step.at.getTime());
      expect(times[0]).toBeGreaterThanOrEqual(Math.min(published, NOW.getTime() - 60_000));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times.at(-1)).toBeLessThan(NOW.getTime());
    }
  });

  it('records amounts on orders, reasons on no-deals and dismissals, notes on introductions, and nothing elsewhere', () => {
    for (const match of history) {
      expect(match.orderAmountCny !== null).toBe(match.status === 'ORDER_PLACED');
      expect(match.noDealReason !== null).toBe(match.status === 'NO_DEAL');
      expect(match.dismissReason !== null).toBe(match.status === 'DISMISSED');
      for (const step of match.steps) expect(step.note !== null).toBe(step.toStatus === 'INTRODUCED');
    }
    const amounts = history.flatMap((match) => match.orderAmountCny ?? []);
    expect(Math.min(...amounts)).toBeGreaterThanOrEqual(50_000);
    expect(Math.max(...amounts)).toBeLessThanOrEqual(8_000_000);
  });

  it('leaves a mix: suggestions still waiting, orders, no-deals, dismissals; pairs inside and across provinces', () => {
    const statuses = new Set(history.map((match) => match.status));
    expect([...statuses].sort()).toEqual(['DISMISSED', 'INTRODUCED', 'MEETING_HELD', 'NO_DEAL', 'ORDER_PLACED', 'SAMPLE_SENT', 'SHORTLISTED', 'SUGGESTED']);
    const cross = history.filter((match) => match.candidate.supplyProvinceAdcode !== match.candidate.demandProvinceAdcode).length;
    expect(cross / history.length).toBeGreaterThan(0.2);
    expect(cross / history.length).toBeLessThan(0.8);
  });
});
