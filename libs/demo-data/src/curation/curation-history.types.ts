/** A demand listing and one supply listing the matcher could have paired it with. */
export interface DemoMatchCandidate {
  demandListingId: string;
  demandEnterpriseId: string;
  demandProvinceAdcode: string;
  demandPublishedAt: Date;
  supplyListingId: string;
  supplyEnterpriseId: string;
  supplyProvinceAdcode: string;
  supplyPublishedAt: Date;
}

export type DemoMatchStatus =
  | 'SUGGESTED' | 'SHORTLISTED' | 'INTRODUCED' | 'MEETING_HELD' | 'SAMPLE_SENT' | 'ORDER_PLACED' | 'NO_DEAL' | 'DISMISSED';

/** Codes of `MatchDismissReason` staff pick from. */
export type DemoDismissReason = 'NOT_RELEVANT' | 'OUT_OF_REGION' | 'CAPACITY_MISMATCH' | 'PRICE_MISMATCH' | 'DUPLICATE' | 'OTHER';

/** One step of a match's timeline: the status it reached, when, with the curator's note. */
export interface DemoCurationStep {
  toStatus: DemoMatchStatus;
  at: Date;
  note: string | null;
}

/** A match as the history left it: the pair, its score, where it stands, and every step to get there. */
export interface DemoCuratedMatch {
  id: string;
  candidate: DemoMatchCandidate;
  score: number;
  status: DemoMatchStatus;
  steps: DemoCurationStep[];
  orderAmountCny: number | null;
  noDealReason: string | null;
  dismissReason: DemoDismissReason | null;
}
