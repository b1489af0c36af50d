// Substitution facts from Neo4j: the cypher/analysis/substitution-*.cypher queries, run through the
// store's reads (executeRead, so a cluster can route them to followers) once per data version and
// kept until the version moves on (issue 16: at national scale the two heavy fact queries took
// seconds per request). The rows are checked and turned into the fact types; lists are re-sorted by
// code unit so both stores hand over equal facts.
import { cypherFile } from '../../store/cypher-files.ts';
import { atVersion, type GraphStore, type VersionedRead } from '../../store/index.ts';
import { byCodeUnit, byKey } from '../imports/order.ts';
import { int, list, num, numOrNull, obj, str, strOrNull, strings } from '../imports/rows.ts';
import { mapInChunks } from '../../util/yield.ts';
import type {
  ClusterProfile,
  CoProduction,
  FactSource,
  FactsQuery,
  ImportedComponent,
  MembersQuery,
  MemberProfile,
  NamedRef,
  ProcessCapability,
  SubstitutionFacts,
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

/** Whole-dataset facts cut down to a query's cluster and component, as the filtered queries return them. */
export function filterFacts(all: SubstitutionFacts, query: FactsQuery): SubstitutionFacts {
  return {
    components: all.components,
    clusters: query.cluster === undefined ? all.clusters : all.clusters.filter((c) => c.id === query.cluster),
    coProduction: query.component === undefined ? all.coProduction : all.coProduction.filter((c) => c.component === query.component),
  };
}

/** `fetch()` once; a failed fetch is forgotten, so the next call tries again. */
function once<T>(fetch: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => {
    if (!kept) {
      const p = fetch();
      kept = p;
      p.catch(() => {
        if (kept === p) kept = undefined;
      });
    }
    return kept;
  };
}

/** Members converted between two looks at the event loop (readMembers). */
const MEMBERS_PER_CHUNK = 2_000;

const groupByCluster = (members: readonly MemberProfile[]): Map<string, MemberProfile[]> => {
  const out = new Map<string, MemberProfile[]>();
  for (const m of members) {
    if (m.cluster === null) continue;
    const list = out.get(m.cluster);
    if (list) list.push(m);
    else out.set(m.cluster, [m]);
  }
  return out;
};

/**
 * The facts of one data version, each fetched once and shared by every request at that version:
 * the whole-dataset facts (three queries in parallel), the vocabulary, and the members of each
 * cluster (one query for the clusters asked for that are not known yet).
 */
export class VersionFacts {
  private readonly byCluster = new Map<string, Promise<MemberProfile[]>>();

  constructor(private readonly read: VersionedRead) {}

  private async run(file: string, params: Record<string, unknown>): Promise<Row[]> {
    return this.read(await cypherFile(`analysis/${file}`), params);
  }

  readonly facts = once(async (): Promise<SubstitutionFacts> => {
    const [components, clusters, coProductionRows] = await Promise.all([
      this.run('substitution-components.cypher', { component: null }),
      this.run('substitution-clusters.cypher', { cluster: null }),
      this.run('substitution-coproduction.cypher', { components: null }),
    ]);
    return {
      components: components.map(component).sort(byKey((c) => c.id)),
      clusters: clusters.map(cluster).sort(byKey((c) => c.id)),
      coProduction: coProductionRows.map(coProduction).sort(byKey((c) => c.component)),
    };
  });

  readonly vocabulary = once(async (): Promise<Vocabulary> => {
    const out: Vocabulary = { processes: [], materials: [], components: [] };
    for (const row of await this.run('substitution-vocabulary.cypher', {})) {
      const entry = { id: str(row.id), name: str(row.name) };
      if (row.kind === 'process') out.processes.push(entry);
      else if (row.kind === 'material') out.materials.push(entry);
      else if (row.kind === 'component') out.components.push(entry);
    }
    return out;
  });

  private async readMembers(query: { clusters: readonly string[]; firms: readonly string[] }): Promise<MemberProfile[]> {
    // In chunks: every cluster's members at national scale (95,700, each with its lists sorted)
    // held the thread 0.3 s in one piece during the warm-up.
    return mapInChunks(await this.run('substitution-members.cypher', query), member, MEMBERS_PER_CHUNK);
  }

  /** Members of the given clusters (kept per cluster) and the given firms (read each time), by id. */
  async members(query: MembersQuery): Promise<MemberProfile[]> {
    const clusters = [...new Set(query.clusters ?? [])];
    const missing = clusters.filter((c) => !this.byCluster.has(c)).sort(byCodeUnit);
    if (missing.length > 0) {
      const grouped = this.readMembers({ clusters: missing, firms: [] }).then(groupByCluster);
      for (const c of missing) {
        const mine = grouped.then((groups) => groups.get(c) ?? []);
        this.byCluster.set(c, mine);
        mine.catch(() => {
          if (this.byCluster.get(c) === mine) this.byCluster.delete(c);
        });
      }
    }
    const firms = query.firms ?? [];
    const [lists, named] = await Promise.all([Promise.all(clusters.map((c) => this.byCluster.get(c)!)), firms.length > 0 ? this.readMembers({ clusters: [], firms }) : []]);
    const byId = new Map<string, MemberProfile>();
    for (const list of lists) for (const m of list) byId.set(m.id, m);
    for (const m of named) byId.set(m.id, m);
    return [...byId.values()].sort(byKey((m) => m.id));
  }
}

/**
 * The Neo4j store's facts: those of the data version now, kept by the store until the version
 * moves on (GraphStore.keepAtVersion), so requests between two writes share one fetch and a write
 * made by anyone, directly in Neo4j or by a load, is in the next answer. A source serves one
 * request: it reads the version once and answers everything from that version's facts.
 */
export function neo4jFactSource(store: GraphStore): FactSource {
  const at = once(() => atVersion(store, 'substitution-facts', async (read) => new VersionFacts(read)));
  return {
    facts: async (query) => filterFacts(await (await at()).facts(), query),
    members: async (query) => (await at()).members(query),
    vocabulary: async () => (await at()).vocabulary(),
  };
}
