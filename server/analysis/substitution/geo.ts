// Great-circle distance on a sphere of the mean Earth radius, by the haversine formula (Sinnott
// 1984, "Virtues of the Haversine", Sky and Telescope 68(2)) written through the chord between the
// two points: hav(θ) = chord² / 4 for unit vectors, so d = 2R asin(chord / 2). It is the same
// distance with one square root and one arcsine per pair (points are prepared once), which matters
// for the ~1.8 million cluster-buyer distances of a national-scale run. One function for both
// stores, so the floating-point result is the same bit for bit.
import { EARTH_RADIUS_KM } from '../../util/earth.ts';

const RAD = Math.PI / 180;

/** A point prepared once: its unit vector. */
export interface GeoPoint {
  x: number;
  y: number;
  z: number;
}

export function geoPoint(latDeg: number, lonDeg: number): GeoPoint {
  const lat = latDeg * RAD;
  const lon = lonDeg * RAD;
  return { x: Math.cos(lat) * Math.cos(lon), y: Math.cos(lat) * Math.sin(lon), z: Math.sin(lat) };
}

export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  const dz = a.z - b.z;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(dx * dx + dy * dy + dz * dz) / 2));
}
