// The mean Earth radius (IUGG: R1 = 6,371.0088 km), for every great-circle distance in Rantai: the
// substitution analysis' import-weighted distance and the missing-link distance (and, in Cypher,
// cypher/analysis/missing-links.cypher, which writes the same number).
export const EARTH_RADIUS_KM = 6371.0088;
