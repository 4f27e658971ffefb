/*
 * The map's projection: Albers equal-area conic on a sphere, centred on Kazakhstan. Equal-area so
 * that the large northern and western regions are not inflated against the southern ones; the
 * standard parallels 43° N and 53° N follow the one-sixth rule for the country's span of
 * latitude (40.6°–55.4° N), and 67° E is its central meridian.
 *
 * The same functions project the bundled outline (scripts/build-map.mjs) and place the region
 * symbols at run time, so both always line up.
 */

/** Projection parameters, in degrees. */
export const ALBERS_KAZAKHSTAN = {
  centralMeridian: 67,
  originLatitude: 48,
  standardParallels: [43, 53],
} as const;

const RAD = Math.PI / 180;

/** Projects longitude and latitude (degrees) to planar coordinates on the unit sphere, y north. */
export function albers(lon: number, lat: number, p = ALBERS_KAZAKHSTAN): [number, number] {
  const [phi1, phi2] = [p.standardParallels[0] * RAD, p.standardParallels[1] * RAD];
  const n = (Math.sin(phi1) + Math.sin(phi2)) / 2;
  const c = Math.cos(phi1) ** 2 + 2 * n * Math.sin(phi1);
  const rho = Math.sqrt(c - 2 * n * Math.sin(lat * RAD)) / n;
  const rho0 = Math.sqrt(c - 2 * n * Math.sin(p.originLatitude * RAD)) / n;
  const theta = n * (lon - p.centralMeridian) * RAD;
  return [rho * Math.sin(theta), rho0 - rho * Math.cos(theta)];
}

/** How projected coordinates land in the SVG viewBox: x·scale + left, top − y·scale (y down). */
export interface Frame {
  scale: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The frame that fits projected points into a viewBox `width` wide, with a margin on each side. */
export function fitFrame(points: [number, number][], width: number, margin: number): Frame {
  const xs = points.map((q) => q[0]);
  const ys = points.map((q) => q[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (width - 2 * margin) / (maxX - minX);
  return {
    scale,
    left: margin - minX * scale,
    top: margin + maxY * scale,
    width,
    height: Math.ceil((maxY - minY) * scale + 2 * margin),
  };
}

/** A place (degrees) in viewBox coordinates. */
export function toViewBox(lon: number, lat: number, frame: Frame): [number, number] {
  const [x, y] = albers(lon, lat);
  return [x * frame.scale + frame.left, frame.top - y * frame.scale];
}
