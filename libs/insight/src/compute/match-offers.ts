/**
 * What a match means for a buyer's need, in SQL over a match (`m`) and its supply listing, shared
 * by the snapshot's rates and the live drill-downs so both count the same listings.
 */

/** A supplier still on offer: the match not dismissed or withdrawn, and the supply listing live (`supplyLive`). */
export const offered = (match: string, supplyLive: string) => `(${match}.status NOT IN ('DISMISSED', 'RETIRED') AND ${supplyLive})`;

/** Staff introduced the supplier, or an order followed (an introduction that ended without a deal does not count). */
export const introduced = (match: string) => `${match}.status IN ('INTRODUCED', 'MEETING_HELD', 'SAMPLE_SENT', 'ORDER_PLACED')`;

/** Every status a match reaches once staff introduced it, whatever came of it. */
export const EVER_INTRODUCED = `('INTRODUCED', 'MEETING_HELD', 'SAMPLE_SENT', 'ORDER_PLACED', 'NO_DEAL')`;
