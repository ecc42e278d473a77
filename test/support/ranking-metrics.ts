/** Graded relevance at rank i (0-based) counts (2^grade − 1) / log2(i + 2). */
export function dcg(grades: number[]): number {
  return grades.reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
}

/** nDCG@k of a ranking of keys, given each judged key's grade (unjudged: 0). */
export function ndcgAt(k: number, ranked: readonly string[], grades: Readonly<Record<string, number>>): number {
  const ideal = dcg(Object.values(grades).sort((a, b) => b - a).slice(0, k));
  return ideal === 0 ? 1 : dcg(ranked.slice(0, k).map((key) => grades[key] ?? 0)) / ideal;
}

/** Share of `wanted` found in the first k of a ranking. */
export function recallAt(k: number, ranked: readonly string[], wanted: readonly string[]): number {
  return wanted.length === 0 ? 1 : wanted.filter((key) => ranked.slice(0, k).includes(key)).length / wanted.length;
}
