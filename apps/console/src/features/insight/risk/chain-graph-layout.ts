/** Where each segment sits: columns by depth along the `feeds` edges (upstream left), spread evenly within a column. */
export interface Placed {
  x: number;
  y: number;
}

export const COLUMN_GAP = 220;
export const ROW_GAP = 110;

/** The longest path from a segment nothing feeds, for each segment (the chains are acyclic). */
function depths(ids: readonly string[], edges: readonly { from: string; to: string }[]): Map<string, number> {
  const depth = new Map(ids.map((id) => [id, 0]));
  const known = edges.filter((edge) => depth.has(edge.from) && depth.has(edge.to));
  for (let pass = 0; pass < ids.length; pass++) {
    for (const { from, to } of known) depth.set(to, Math.max(depth.get(to)!, depth.get(from)! + 1));
  }
  return depth;
}

/** Positions of the segments, the number of columns, and how many sit in the fullest one (for the chart's size). */
export function layOutChain(ids: readonly string[], edges: readonly { from: string; to: string }[]): { positions: Map<string, Placed>; rows: number; columns: number } {
  const depth = depths(ids, edges);
  const columns = new Map<number, string[]>();
  for (const id of ids) columns.set(depth.get(id)!, [...(columns.get(depth.get(id)!) ?? []), id]);
  const positions = new Map<string, Placed>();
  for (const [column, members] of columns) {
    members.forEach((id, index) => positions.set(id, { x: column * COLUMN_GAP, y: (index - (members.length - 1) / 2) * ROW_GAP }));
  }
  return { positions, rows: Math.max(1, ...[...columns.values()].map((members) => members.length)), columns: Math.max(1, columns.size) };
}
