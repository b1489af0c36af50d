// Example research queries for the console, as documented in cypher/README.md ("Example research
// queries"); they run as they are on any Rantai dataset. Titles are message keys (console.ex.<id>).
// Their parameters name the seed's ids; on a dataset without them (a generated national one) the
// console puts one of the dataset's own in their place (exampleParams), or the first example would
// answer nothing.
import type { CatalogOut } from '../../../../server/api/routes/catalog.ts';

export interface ExampleQuery {
  id: string;
  query: string;
  params: Record<string, unknown>;
}

export const EXAMPLES: readonly ExampleQuery[] = [
  {
    id: 'importShare',
    params: { component: 'c-cylinder-sleeve' },
    query: `// Import share of a component by origin country (latest year each buyer reports)
MATCH (b:Firm)-[i:IMPORTS {component: $component}]->(:Country)
WITH b, max(i.year) AS latest
MATCH (b)-[i:IMPORTS {component: $component, year: latest}]->(c:Country)
WITH c, sum(i.valueUsd) AS value
WITH collect({country: c.name, iso: c.id, value: value}) AS origins, sum(value) AS total
UNWIND origins AS o
RETURN o.country AS origin, o.iso AS iso3, o.value AS importedUsd,
       round(1000.0 * o.value / total) / 10.0 AS sharePct
ORDER BY importedUsd DESC, origin`,
  },
  {
    id: 'nearFc250',
    params: { material: 'm-fc250', km: 200 },
    query: `// Clusters within 200 km of a plant that can cast FC250 grey iron
MATCH (plant:Firm)-[can:CAN {material: $material}]->(p:Process)
WHERE p.id STARTS WITH 'p-casting' AND plant.lat IS NOT NULL
MATCH (cl:Cluster) WHERE cl.lat IS NOT NULL
WITH cl, plant, p,
     point.distance(point({latitude: plant.lat, longitude: plant.lon}),
                    point({latitude: cl.lat, longitude: cl.lon})) / 1000.0 AS km
WHERE km <= $km
RETURN cl.name AS cluster, plant.name AS plant, p.name AS process, round(km, 1) AS km
ORDER BY km, cluster, plant`,
  },
  {
    id: 'cutsOem',
    params: {},
    query: `// Firms whose failure cuts an OEM off a component: the OEM's only supplier of it, with no import
MATCH (oem:Firm {tier: 'OEM'})<-[s:SUPPLIES]-(f:Firm)
WITH oem, s.component AS component, collect(DISTINCT f) AS suppliers
WHERE size(suppliers) = 1
  AND NOT EXISTS { MATCH (oem)-[i:IMPORTS]->(:Country) WHERE i.component = component }
WITH oem, component, suppliers[0] AS sole
MATCH (c:Component {id: component})
RETURN sole.id AS firm, sole.name AS firmName, sole.tier AS tier, oem.name AS oem, c.name AS component
ORDER BY firm, oem, component`,
  },
  {
    id: 'ikmPaths',
    params: {},
    query: `// Supply paths from IKM up to OEMs (drawn as a graph)
MATCH path = (:Firm {tier: 'IKM'})-[:SUPPLIES*1..3]->(:Firm {tier: 'OEM'})
RETURN path LIMIT 25`,
  },
  {
    id: 'clusterProcesses',
    params: {},
    query: `// Cluster members and the processes they can do
MATCH (f:Firm)-[:MEMBER_OF]->(c:Cluster)
OPTIONAL MATCH (f)-[:CAN]->(p:Process)
RETURN c.name AS cluster, count(DISTINCT f) AS members, collect(DISTINCT p.name) AS processes
ORDER BY cluster`,
  },
  {
    id: 'uncovered',
    params: {},
    query: `// Components no cluster member can make even one process of
MATCH (c:Component)
WHERE NOT EXISTS { MATCH (c)-[:NEEDS_PROCESS]->(p:Process)<-[:CAN]-(:Firm)-[:MEMBER_OF]->(:Cluster) }
RETURN c.id AS component, COUNT { (c)-[:NEEDS_PROCESS]->() } AS processes
ORDER BY component`,
  },
];

/** The catalogue list each id-valued parameter is checked against. */
const ID_PARAMS = { component: 'components', material: 'materials' } as const satisfies Record<string, keyof CatalogOut>;

/** The example's parameters, each id the dataset lacks replaced by the first of the dataset's own (as the catalogue lists them). */
export function exampleParams(ex: ExampleQuery, catalog: CatalogOut | null): Record<string, unknown> {
  if (!catalog) return ex.params;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ex.params)) {
    const list = key in ID_PARAMS ? catalog[ID_PARAMS[key as keyof typeof ID_PARAMS]] : null;
    out[key] = list && list.length > 0 && !list.some((e) => e.id === value) ? list[0]!.id : value;
  }
  return out;
}
