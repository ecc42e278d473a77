import { ErrorCode } from '@chainmatch/core';
import { actionsAllowedFrom, effectiveStatus, ListingAction, statusAfter } from './listing-lifecycle.js';
import { ListingStatus } from './listing.entity.js';

const { DRAFT, ACTIVE, PAUSED, CLOSED, EXPIRED } = ListingStatus;

describe('listing lifecycle', () => {
  it.each([
    [ListingAction.PUBLISH, DRAFT, ACTIVE],
    [ListingAction.PUBLISH, PAUSED, ACTIVE],
    [ListingAction.PAUSE, ACTIVE, PAUSED],
    [ListingAction.CLOSE, DRAFT, CLOSED],
    [ListingAction.CLOSE, EXPIRED, CLOSED],
    [ListingAction.RENEW, EXPIRED, ACTIVE],
    [ListingAction.RENEW, PAUSED, PAUSED],
    [ListingAction.UPDATE, ACTIVE, ACTIVE],
  ])('%s from %s gives %s', (action, from, to) => {
    expect(statusAfter(action, from)).toBe(to);
  });

  it.each([
    [ListingAction.UPDATE, CLOSED, 'LISTING_CLOSED'],
    [ListingAction.RENEW, CLOSED, 'LISTING_CLOSED'],
    [ListingAction.PUBLISH, EXPIRED, 'LISTING_EXPIRED'],
    [ListingAction.PAUSE, DRAFT, 'ILLEGAL_TRANSITION'],
    [ListingAction.PUBLISH, ACTIVE, 'ILLEGAL_TRANSITION'],
  ])('refuses %s from %s with CONFLICT %s', (action, from, reason) => {
    expect(() => statusAfter(action, from)).toThrow(
      expect.objectContaining({ code: ErrorCode.CONFLICT, details: expect.objectContaining({ reason, status: from }) }),
    );
  });

  it('reads a live listing past its window as EXPIRED', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    expect(effectiveStatus(ACTIVE, new Date('2026-05-31T23:59:59Z'), now)).toBe(EXPIRED);
    expect(effectiveStatus(PAUSED, now, now)).toBe(EXPIRED);
    expect(effectiveStatus(ACTIVE, new Date('2026-06-02T00:00:00Z'), now)).toBe(ACTIVE);
    expect(effectiveStatus(CLOSED, new Date('2020-01-01T00:00:00Z'), now)).toBe(CLOSED);
  });

  it('lists the actions each status allows, exactly those statusAfter accepts', () => {
    const { UPDATE, PUBLISH, PAUSE, CLOSE, RENEW } = ListingAction;
    expect(actionsAllowedFrom(DRAFT)).toEqual([UPDATE, PUBLISH, CLOSE, RENEW]);
    expect(actionsAllowedFrom(ACTIVE)).toEqual([UPDATE, PAUSE, CLOSE, RENEW]);
    expect(actionsAllowedFrom(CLOSED)).toEqual([]);
    for (const status of Object.values(ListingStatus)) {
      for (const action of Object.values(ListingAction)) {
        const accepted = (() => { try { statusAfter(action, status); return true; } catch { return false; } })();
        expect({ status, action, offered: actionsAllowedFrom(status).includes(action) }).toEqual({ status, action, offered: accepted });
      }
    }
  });
});
