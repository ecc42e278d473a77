export interface FeedEdge {
  fromSegmentId: string;
  toSegmentId: string;
}

export class CyclicChainError extends Error {}

/**
 * Checks that the `feeds` edges form a directed acyclic graph (Kahn's algorithm) and returns the
 * segments in an upstream-first order. Throws naming the segments caught in a cycle.
 */
export function assertAcyclic(segmentIds: string[], edges: FeedEdge[]): string[] {
  const indegree = new Map(segmentIds.map((id) => [id, 0]));
  const next = new Map<string, string[]>(segmentIds.map((id) => [id, []]));
  for (const { fromSegmentId, toSegmentId } of edges) {
    if (!indegree.has(fromSegmentId) || !indegree.has(toSegmentId)) {
      throw new CyclicChainError(`edge ${fromSegmentId} -> ${toSegmentId} names an unknown segment`);
    }
    next.get(fromSegmentId)!.push(toSegmentId);
    indegree.set(toSegmentId, indegree.get(toSegmentId)! + 1);
  }
  const ready = segmentIds.filter((id) => indegree.get(id) === 0);
  const ordered: string[] = [];
  while (ready.length > 0) {
    const id = ready.shift()!;
    ordered.push(id);
    for (const target of next.get(id)!) {
      indegree.set(target, indegree.get(target)! - 1);
      if (indegree.get(target) === 0) ready.push(target);
    }
  }
  if (ordered.length < segmentIds.length) {
    const stuck = segmentIds.filter((id) => !ordered.includes(id));
    throw new CyclicChainError(`the feeds graph has a cycle through: ${stuck.join(', ')}`);
  }
  return ordered;
}
