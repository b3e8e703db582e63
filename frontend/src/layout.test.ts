import { describe, expect, it } from 'vitest';
import { ringPositions } from './layout';

describe('ringPositions', () => {
  it('puts the centre at the origin and its 15 signatories on one ring', () => {
    const countries = ['JP', 'US', 'DE', 'FR', 'IT', 'NL', 'CA', 'AU', 'NZ', 'IN', 'SG', 'KR', 'PL', 'CZ', 'SK'].map((c) => `country:${c}`);
    const g = 'statement:sbom-shared-vision';
    const pos = ringPositions([g, ...countries], countries.map((c) => ({ source: c, target: g })), g);
    expect(pos.get(g)).toEqual({ x: 0, y: 0 });
    const radii = countries.map((c) => Math.hypot(pos.get(c)!.x, pos.get(c)!.y));
    for (const r of radii) expect(r).toBeCloseTo(radii[0], 6);
  });

  it('places every one of 1,000 nodes, unconnected ones too, without overlaps', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `t:${i}`);
    const edges = ids.slice(1, 900).map((id, i) => ({ source: id, target: `t:${Math.floor((i + 1) / 3)}` }));
    const t0 = performance.now();
    const pos = ringPositions(ids, edges, 't:0');
    expect(performance.now() - t0).toBeLessThan(200);
    expect(pos.size).toBe(1000);
    const seen = new Set([...pos.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(seen.size).toBe(1000);
  });

  it('ignores facts whose ends are not drawn', () => {
    const pos = ringPositions(['a', 'b'], [{ source: 'a', target: 'zz' }, { source: 'a', target: 'b' }]);
    expect(pos.size).toBe(2);
  });
});
