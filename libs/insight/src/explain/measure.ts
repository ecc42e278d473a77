/** A number that decided (or was checked for) a class or stage, with the threshold it was held against. */
export interface Measure {
  name: string;
  value: number | null;
  threshold?: number | null;
}

/** As GraphQL shows it: a threshold that does not apply is null. */
export const asMeasure = (measure: Measure) => ({ name: measure.name, value: measure.value, threshold: measure.threshold ?? null });
