// Flat shapes for the projected body: tapered capsules, smoothed convex outlines, in SVG path
// syntax with one decimal (the figures are drawn about 100 units tall, so that is plenty).

export type P2 = readonly [number, number];

export const num = (x: number): string => {
  const r = Math.round(x * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};
const pt = (p: P2) => `${num(p[0])} ${num(p[1])}`;

/** Two circles (radii `ra` at `a`, `rb` at `b`) joined by their outer tangents. */
export function capsulePath(a: P2, ra: number, b: P2, rb: number): string {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const d = Math.hypot(dx, dy);
  if (d <= Math.abs(ra - rb) + 0.01) {
    const [c, r] = ra >= rb ? [a, ra] : [b, rb];
    return circlePath(c, r);
  }
  const ux = dx / d;
  const uy = dy / d;
  // The tangent's normal leans toward the smaller end by the angle whose sine is (ra - rb) / d.
  const sin = (ra - rb) / d;
  const cos = Math.sqrt(1 - sin * sin);
  const m1: P2 = [-uy * cos + ux * sin, ux * cos + uy * sin];
  const m2: P2 = [uy * cos + ux * sin, -ux * cos + uy * sin];
  const at = (c: P2, r: number, m: P2): P2 => [c[0] + r * m[0], c[1] + r * m[1]];
  const big = ra >= rb;
  return [
    `M${pt(at(a, ra, m1))}`,
    `L${pt(at(b, rb, m1))}`,
    `A${num(rb)} ${num(rb)} 0 ${big ? 0 : 1} 0 ${pt(at(b, rb, m2))}`,
    `L${pt(at(a, ra, m2))}`,
    `A${num(ra)} ${num(ra)} 0 ${big ? 1 : 0} 0 ${pt(at(a, ra, m1))}Z`,
  ].join('');
}

export function circlePath(c: P2, r: number): string {
  return `M${pt([c[0] - r, c[1]])}A${num(r)} ${num(r)} 0 1 0 ${pt([c[0] + r, c[1]])}A${num(r)} ${num(r)} 0 1 0 ${pt([c[0] - r, c[1]])}Z`;
}

/** The convex hull of points, counter-clockwise (Andrew's monotone chain). */
export function convexHull(points: readonly P2[]): P2[] {
  const sorted = [...points].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  if (sorted.length < 3) return sorted;
  const turn = (o: P2, a: P2, b: P2) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: P2[]) => {
    const out: P2[] = [];
    for (const p of list) {
      while (out.length >= 2 && turn(out[out.length - 2] as P2, out[out.length - 1] as P2, p) <= 0)
        out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(sorted), ...half(sorted.reverse())];
}

/** A closed outline through the midpoints of the polygon's edges, its corners rounded off. */
export function smoothPath(polygon: readonly P2[]): string {
  const n = polygon.length;
  if (n < 3) return '';
  const mid = (i: number): P2 => {
    const a = polygon[i % n] as P2;
    const b = polygon[(i + 1) % n] as P2;
    return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  };
  let d = `M${pt(mid(0))}`;
  for (let i = 1; i <= n; i++) d += `Q${pt(polygon[i % n] as P2)} ${pt(mid(i))}`;
  return `${d}Z`;
}

export const polygonPath = (polygon: readonly P2[]): string =>
  polygon.length === 0 ? '' : `M${polygon.map(pt).join('L')}Z`;
