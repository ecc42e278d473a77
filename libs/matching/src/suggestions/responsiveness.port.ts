/** Injection token of where median response times come from (the interest lib). */
export const RESPONSIVENESS_SOURCE = Symbol('ResponsivenessSource');

export interface ResponsivenessSource {
  /** Median hours each enterprise takes to answer interest; null when it has no history. */
  medianResponseHours(enterpriseIds: readonly string[]): Promise<Map<string, number | null>>;
}
