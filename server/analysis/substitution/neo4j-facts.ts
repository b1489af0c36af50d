// Substitution facts from Neo4j: the cypher/analysis/substitution-*.cypher queries, run through the
// store's read() (executeRead, so a cluster can route them to followers). The rows are checked and
// turned into the fact types; lists are re-sorted by code unit so both stores hand over equal facts.
import { cypherFile } from '../../store/cypher-files.ts';
import type { GraphStore } from '../../store/index.ts';
import { byCodeUnit, byKey } from '../imports/order.ts';
import { int, list, num, numOrNull, obj, str, strOrNull, strings } from '../imports/rows.ts';
import type {
  ClusterProfile,
  CoProduction,
  FactSource,
  ImportedComponent,
  MemberProfile,
  NamedRef,
  ProcessCapability,
  Vocabulary,
} from './facts.ts';

type Row = Record<string, unknown>;

const ref = (v: unknown): NamedRef => {
  const o = obj(v);
  return { id: str(o.id), name: str(o.name) };
};

const capabilities = (v: unknown): ProcessCapability[] =>
  list(v)
    .map((x) => {
      const o = obj(x);
      return { id: str(o.id), toleranceMm: numOrNull(o.toleranceMm) };
    })
    .sort(byKey((p) => p.id));

const sorted = (v: unknown): string[] => strings(v).sort(byCodeUnit);

const component = (row: Row): ImportedComponent => ({
  id: str(row.component),
  name: str(row.name),
  massKg: numOrNull(row.massKg),
  toleranceMm: numOrNull(row.toleranceMm),
  certification: strOrNull(row.certification),
  material: row.material === null || row.material === undefined ? null : ref(row.material),
  processes: list(row.processes).map(ref).sort(byKey((p) => p.id)),
  importValueUsd: num(row.importValueUsd),
  importUnits: numOrNull(row.importUnits),
  buyers: list(row.buyers)
    .map((x) => {
      const o = obj(x);
      return { id: str(o.id), name: str(o.name), lat: numOrNull(o.lat), lon: numOrNull(o.lon), valueUsd: num(o.valueUsd) };
    })
    .sort(byKey((b) => b.id)),
  origins: list(row.origins)
    .map((x) => {
      const o = obj(x);
      return { country: str(o.country), name: str(o.name), valueUsd: num(o.valueUsd) };
    })
    .sort(byKey((o) => o.country)),
});

const cluster = (row: Row): ClusterProfile => ({
  id: str(row.cluster),
  name: str(row.name),
  lat: numOrNull(row.lat),
  lon: numOrNull(row.lon),
  members: int(row.members),
  capacityTonnes: num(row.capacityTonnes),
  processes: capabilities(row.processes),
  materials: sorted(row.materials),
  certifications: sorted(row.certifications),
  makes: sorted(row.makes),
});

const coProduction = (row: Row): CoProduction => {
  const related = strings(row.related);
  const shared = list(row.shared).map(int);
  const relatedFirms = list(row.relatedFirms).map(int);
  const order = related.map((_, i) => i).sort((a, b) => byCodeUnit(related[a]!, related[b]!));
  return {
    component: str(row.component),
    firms: int(row.firms),
    related: order.map((i) => related[i]!),
    shared: order.map((i) => shared[i]!),
    relatedFirms: order.map((i) => relatedFirms[i]!),
  };
};

const member = (row: Row): MemberProfile => ({
  id: str(row.firm),
  name: str(row.name),
  cluster: strOrNull(row.cluster),
  capacityTonnes: numOrNull(row.capacityTonnes),
  certifications: sorted(row.certifications),
  processes: capabilities(row.processes),
  materials: sorted(row.materials),
});

export function neo4jFactSource(store: GraphStore): FactSource {
  const run = async (file: string, params: Record<string, unknown>): Promise<Row[]> => store.read(await cypherFile(`analysis/${file}`), params);
  return {
    async facts(query) {
      const [components, clusters, coProductionRows] = await Promise.all([
        run('substitution-components.cypher', { component: null }),
        run('substitution-clusters.cypher', { cluster: query.cluster ?? null }),
        run('substitution-coproduction.cypher', { components: query.component === undefined ? null : [query.component] }),
      ]);
      return {
        components: components.map(component).sort(byKey((c) => c.id)),
        clusters: clusters.map(cluster).sort(byKey((c) => c.id)),
        coProduction: coProductionRows.map(coProduction).sort(byKey((c) => c.component)),
      };
    },
    async members(query) {
      const rows = await run('substitution-members.cypher', { clusters: query.clusters ?? [], firms: query.firms ?? [] });
      return rows.map(member).sort(byKey((m) => m.id));
    },
    async vocabulary() {
      const out: Vocabulary = { processes: [], materials: [], components: [] };
      for (const row of await run('substitution-vocabulary.cypher', {})) {
        const entry = { id: str(row.id), name: str(row.name) };
        if (row.kind === 'process') out.processes.push(entry);
        else if (row.kind === 'material') out.materials.push(entry);
        else if (row.kind === 'component') out.components.push(entry);
      }
      return out;
    },
  };
}
