// Great-circle distance by the haversine formula on a sphere of radius 6371.0088 km (the IUGG mean
// Earth radius), written term for term as in cypher/analysis/missing-links.cypher so both stores
// compute the same number (Sinnott 1984, "Virtues of the haversine", Sky and Telescope 68:159).
import { EARTH_RADIUS_KM } from '../../util/earth.ts';

const radians = (deg: number) => deg * (Math.PI / 180);

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const hLat = Math.sin(radians(lat2 - lat1) / 2);
  const hLon = Math.sin(radians(lon2 - lon1) / 2);
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(hLat * hLat + Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * hLon * hLon));
}
