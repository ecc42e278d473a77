/** A number that decided (or was checked for) a class or stage, with the threshold it was held against. */
export interface Measure {
  name: string;
  value: number | null;
  threshold?: number | null;
}

/** As GraphQL shows it: a threshold that does not apply is null. */
export const asMeasure = (measure: Measure) => ({ name: measure.name, value: measure.value, threshold: measure.threshold ?? null });

/** A measure's value or threshold by the measure's name; null when absent. */
export type MeasureReader = (name: string) => number | null;

/** Reads a verdict's measures by name: their values, and the thresholds they were held against. */
export function measuresOf(measures: Measure[]): { value: MeasureReader; threshold: MeasureReader } {
  const find = (name: string) => measures.find((measure) => measure.name === name);
  return { value: (name) => find(name)?.value ?? null, threshold: (name) => find(name)?.threshold ?? null };
}
