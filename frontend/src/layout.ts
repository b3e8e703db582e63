// A radial layout for big drawings: the centre, its neighbours on a ring
// around it, theirs on the next ring, and so on. It is O(nodes + edges), so
// 1,000 nodes are placed in milliseconds where cytoscape's force layout takes
// minutes on a small machine and its concentric layout seconds.

export interface Point {
  x: number;
  y: number;
}

export function ringPositions(
  nodeIds: string[],
  edges: Array<{ source: string; target: string }>,
  centre?: string,
  spacing = 46,
): Map<string, Point> {
  const adj = new Map<string, string[]>(nodeIds.map((id) => [id, []]));
  for (const e of edges) {
    const a = adj.get(e.source);
    const b = adj.get(e.target);
    if (!a || !b) continue; // a fact to something not drawn
    a.push(e.target);
    b.push(e.source);
  }
  const depth = new Map<string, number>();
  const rings: string[][] = [];
  // Unconnected parts each start a BFS from their best-connected node; the
  // requested centre (or the best-connected node overall) goes first.
  const byDegree = [...nodeIds].sort((a, b) => adj.get(b)!.length - adj.get(a)!.length);
  const starts = centre && adj.has(centre) ? [centre, ...byDegree] : byDegree;
  let base = 0;
  for (const s of starts) {
    if (depth.has(s)) continue;
    depth.set(s, base);
    const queue = [s];
    let maxD = base;
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i];
      const d = depth.get(id)!;
      (rings[d] ??= []).push(id);
      maxD = Math.max(maxD, d);
      for (const m of adj.get(id)!) {
        if (depth.has(m)) continue;
        depth.set(m, d + 1);
        queue.push(m);
      }
    }
    // The next component continues on the rings outside this one.
    base = maxD + 1;
  }
  const pos = new Map<string, Point>();
  let radius = 0;
  rings.forEach((ring, d) => {
    if (d === 0 && ring.length === 1) {
      pos.set(ring[0], { x: 0, y: 0 });
      return;
    }
    // Each ring must be long enough for its nodes and clear of the previous one.
    radius = Math.max(radius + spacing * 1.6, (ring.length * spacing) / (2 * Math.PI));
    ring.forEach((id, i) => {
      const a = (2 * Math.PI * i) / ring.length + d * 0.35;
      pos.set(id, { x: radius * Math.cos(a), y: radius * Math.sin(a) });
    });
  });
  return pos;
}
