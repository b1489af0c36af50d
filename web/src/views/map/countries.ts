// Approximate geographic centres (longitude, latitude) of trading partners, for drawing import
// arcs: rounded public-geography values, good to a few hundred kilometres, which is all an arc's
// starting point needs. Unknown codes start at the map edge nearest the buyer.
export const COUNTRY_POINTS: Record<string, [number, number]> = {
  JPN: [138.3, 36.2],
  THA: [100.9, 15.9],
  CHN: [104.2, 35.9],
  KOR: [127.8, 35.9],
  IND: [78.9, 20.6],
  DEU: [10.5, 51.2],
  USA: [-98.6, 39.8],
  MYS: [101.9, 4.2],
  VNM: [108.3, 14.1],
  TWN: [121.0, 23.7],
  AUS: [133.8, -25.3],
  SGP: [103.8, 1.35],
  PHL: [121.8, 12.9],
  FRA: [2.2, 46.2],
  ITA: [12.6, 41.9],
  GBR: [-3.4, 55.4],
  CZE: [15.5, 49.8],
  MEX: [-102.6, 23.6],
  BRA: [-51.9, -14.2],
};
