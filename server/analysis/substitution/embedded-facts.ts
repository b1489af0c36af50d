// Substitution facts from a graph snapshot (the embedded store's path): the same facts the
// cypher/analysis/substitution-*.cypher queries return from Neo4j, with sums in the same order.
// Built in a few passes over the relationships with numbered components and clusters, so that a
// national-scale snapshot (about a million relationships) takes a fraction of a second.
import type { GraphData, GraphNode, GraphRel } from '../../model/index.ts';
import { inChunks, Slicer, yieldToEventLoop } from '../../util/yield.ts';
import { originsOf } from '../imports/embedded.ts';
import { latestFlows, runs } from '../imports/flows.ts';
import { byCodeUnit, byKey, foldSum } from '../imports/order.ts';
import type { ClusterProfile, CoProduction, FactSource, ImportedComponent, MemberProfile, ProcessCapability, Vocabulary } from './facts.ts';

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Finest tolerance of two CAN records of one process: null (no tolerance recorded) meets any. */
export const finer = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : Math.min(a, b));

const addCan = (m: Map<string, number | null>, process: string, tol: number | null) => m.set(process, m.has(process) ? finer(m.get(process)!, tol) : tol);
const capabilityList = (m: ReadonlyMap<string, number | null>): ProcessCapability[] =>
  [...m].map(([id, toleranceMm]) => ({ id, toleranceMm })).sort(byKey((p) => p.id));

/** Counting sort of (key, value) pairs into compressed rows: row k holds the values with key k. */
function rowsOf(n: number, keys: Int32Array, values: Int32Array, length: number): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < length; i++) start[keys[i] + 1] += 1;
  for (let k = 0; k < n; k++) start[k + 1] += start[k];
  const fill = Int32Array.from(start);
  const items = new Int32Array(length);
  for (let i = 0; i < length; i++) items[fill[keys[i]]++] = values[i];
  return { start, items };
}

const EMPTY_ROWS = { start: new Int32Array(1), items: new Int32Array(0) };

/** Indexes over a snapshot. Components and clusters are numbered in id order. */
class SnapshotIndex {
  readonly nodes = new Map<string, GraphNode>();
  readonly componentIds: string[];
  readonly componentIx = new Map<string, number>();
  readonly clusters: GraphNode[];
  readonly clusterIx = new Map<string, number>();
  /** Firm id → cluster index. */
  readonly clusterOf = new Map<string, number>();
  readonly members: string[][];
  readonly canRels: GraphRel[] = [];
  readonly worksRels: GraphRel[] = [];
  readonly importRels: GraphRel[] = [];
  readonly needsProcess = new Map<string, string[]>();
  readonly madeOf = new Map<string, string>();
  /** k_p per component index. */
  readonly makers: Int32Array;
  /** Rows per component: the firms (numbered) that make it; per firm: the components it makes (set by build()). */
  makersOf: { start: Int32Array; items: Int32Array } = EMPTY_ROWS;
  makesOf: { start: Int32Array; items: Int32Array } = EMPTY_ROWS;
  /** Cluster × component: 1 when some member makes it. */
  readonly clusterMakes: Uint8Array;
  /** Processes numbered; per process and cluster: finest held tolerance, -Infinity = any, NaN = none. */
  readonly processIds: string[] = [];
  readonly heldByCluster: Float64Array[] = [];
  readonly clusterMaterials: Set<string>[];

  /** The nodes only; build() adds the relationships. */
  private constructor(readonly snap: GraphData) {
    const componentNodes: GraphNode[] = [];
    const clusterNodes: GraphNode[] = [];
    for (const n of snap.nodes) {
      this.nodes.set(n.id, n);
      if (n.label === 'Component') componentNodes.push(n);
      else if (n.label === 'Cluster') clusterNodes.push(n);
    }
    this.componentIds = componentNodes.map((n) => n.id).sort(byCodeUnit);
    this.componentIds.forEach((id, i) => this.componentIx.set(id, i));
    this.clusters = clusterNodes.sort(byKey((n) => n.id));
    this.clusters.forEach((n, i) => this.clusterIx.set(n.id, i));
    this.members = this.clusters.map(() => []);
    this.clusterMaterials = this.clusters.map(() => new Set());
    this.makers = new Int32Array(this.componentIds.length);
    this.clusterMakes = new Uint8Array(this.clusters.length * this.componentIds.length);
  }

  /**
   * The index of a snapshot, its passes over the relationships in chunks with the event loop let run
   * between them: at national scale (a million relationships) the index held the server's thread
   * 0.5–0.8 s in one piece. Each chunk is an ordinary method (inChunks).
   */
  static async build(snap: GraphData): Promise<SnapshotIndex> {
    const ix = new SnapshotIndex(snap);
    const slicer = new Slicer();
    const chunks = (length: number, pass: (start: number, end: number) => void) => inChunks(length, pass, slicer);
    // One pass over the relationships sorts them by type; the passes after it are over one type each.
    const makesRels: GraphRel[] = [];
    await chunks(snap.rels.length, (start, end) => ix.sortRels(start, end, makesRels));
    for (const m of ix.members) m.sort(byCodeUnit);
    const processIx = new Map<string, number>();
    await chunks(ix.canRels.length, (start, end) => ix.addHeld(start, end, processIx));
    await chunks(ix.worksRels.length, (start, end) => ix.addWorked(start, end));
    const makesFirm = new Int32Array(makesRels.length);
    const makesComp = new Int32Array(makesRels.length);
    const firmIx = new Map<string, number>();
    await chunks(makesRels.length, (start, end) => ix.addMade(makesRels, start, end, firmIx, makesFirm, makesComp));
    ix.makersOf = rowsOf(ix.componentIds.length, makesComp, makesFirm, makesRels.length);
    ix.makesOf = rowsOf(firmIx.size, makesFirm, makesComp, makesRels.length);
    return ix;
  }

  private sortRels(start: number, end: number, makesRels: GraphRel[]): void {
    const rels = this.snap.rels;
    for (let i = start; i < end; i++) {
      const r = rels[i]!;
      switch (r.type) {
        case 'MEMBER_OF': {
          const k = this.clusterIx.get(r.to)!;
          this.clusterOf.set(r.from, k);
          this.members[k]!.push(r.from);
          break;
        }
        case 'CAN':
          this.canRels.push(r);
          break;
        case 'WORKS':
          this.worksRels.push(r);
          break;
        case 'MAKES':
          makesRels.push(r);
          break;
        case 'IMPORTS':
          this.importRels.push(r);
          break;
        case 'NEEDS_PROCESS': {
          const list = this.needsProcess.get(r.from);
          if (list) list.push(r.to);
          else this.needsProcess.set(r.from, [r.to]);
          break;
        }
        case 'MADE_OF':
          this.madeOf.set(r.from, r.to);
          break;
        default:
          break;
      }
    }
  }

  private addHeld(start: number, end: number, processIx: Map<string, number>): void {
    for (let i = start; i < end; i++) {
      const r = this.canRels[i]!;
      const k = this.clusterOf.get(r.from);
      if (k === undefined) continue;
      let p = processIx.get(r.to);
      if (p === undefined) {
        processIx.set(r.to, (p = this.processIds.length));
        this.processIds.push(r.to);
        this.heldByCluster.push(new Float64Array(this.clusters.length).fill(Number.NaN));
      }
      const held = this.heldByCluster[p]!;
      const tol = num(r.props.toleranceMm) ?? -Infinity;
      held[k] = Number.isNaN(held[k]) ? tol : Math.min(held[k], tol);
    }
  }

  private addWorked(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const r = this.worksRels[i]!;
      const k = this.clusterOf.get(r.from);
      if (k !== undefined) this.clusterMaterials[k]!.add(r.to);
    }
  }

  private addMade(makesRels: readonly GraphRel[], start: number, end: number, firmIx: Map<string, number>, makesFirm: Int32Array, makesComp: Int32Array): void {
    const nC = this.componentIds.length;
    for (let at = start; at < end; at++) {
      const r = makesRels[at]!;
      let f = firmIx.get(r.from);
      if (f === undefined) firmIx.set(r.from, (f = firmIx.size));
      const c = this.componentIx.get(r.to)!;
      makesFirm[at] = f;
      makesComp[at] = c;
      this.makers[c]! += 1;
      const k = this.clusterOf.get(r.from);
      if (k !== undefined) this.clusterMakes[k * nC + c] = 1;
    }
  }

  name(id: string): string {
    return String(this.nodes.get(id)?.props.name ?? id);
  }

  certifications(firm: string): string[] {
    const c = this.nodes.get(firm)?.props.certifications;
    return Array.isArray(c) ? c : [];
  }

  ofLabel(label: GraphNode['label']): GraphNode[] {
    return this.snap.nodes.filter((n) => n.label === label).sort(byKey((n) => n.id));
  }
}

function importedComponents(ix: SnapshotIndex): ImportedComponent[] {
  return runs(latestFlows(ix.importRels), (f) => f.component).map((run) => {
    const id = run[0]!.component;
    const node = ix.nodes.get(id)!;
    const byBuyer = runs(run, (f) => f.buyer);
    const buyers = byBuyer.map((b) => {
      const firm = ix.nodes.get(b[0]!.buyer);
      return { id: b[0]!.buyer, name: ix.name(b[0]!.buyer), lat: num(firm?.props.lat), lon: num(firm?.props.lon), valueUsd: foldSum(b.map((f) => f.valueUsd)) };
    });
    const unitsKnown = run.every((f) => f.units !== null);
    const material = ix.madeOf.get(id);
    return {
      id,
      name: ix.name(id),
      massKg: num(node.props.massKg),
      toleranceMm: num(node.props.toleranceMm),
      certification: text(node.props.certification),
      material: material === undefined ? null : { id: material, name: ix.name(material) },
      processes: [...(ix.needsProcess.get(id) ?? [])].sort(byCodeUnit).map((p) => ({ id: p, name: ix.name(p) })),
      importValueUsd: foldSum(buyers.map((b) => b.valueUsd)),
      importUnits: unitsKnown ? foldSum(byBuyer.map((b) => foldSum(b.map((f) => f.units!)))) : null,
      buyers,
      origins: originsOf(byBuyer, (c) => ix.name(c)),
    };
  });
}

function clusterProfiles(ix: SnapshotIndex, only?: string): ClusterProfile[] {
  const wanted = (k: number) => only === undefined || ix.clusters[k]!.id === only;
  const nC = ix.componentIds.length;
  const out: ClusterProfile[] = [];
  ix.clusters.forEach((node, k) => {
    if (!wanted(k)) return;
    const members = ix.members[k]!;
    const certifications = new Set<string>();
    for (const f of members) for (const c of ix.certifications(f)) certifications.add(c);
    const makes: string[] = [];
    for (let c = 0; c < nC; c++) if (ix.clusterMakes[k * nC + c] === 1) makes.push(ix.componentIds[c]!);
    out.push({
      id: node.id,
      name: ix.name(node.id),
      lat: num(node.props.lat),
      lon: num(node.props.lon),
      members: members.length,
      capacityTonnes: foldSum(members.map((f) => num(ix.nodes.get(f)?.props.capacityTonnes) ?? 0)),
      processes: ix.processIds
        .map((id, p) => ({ id, held: ix.heldByCluster[p]![k]! }))
        .filter((x) => !Number.isNaN(x.held))
        .map((x) => ({ id: x.id, toleranceMm: x.held === -Infinity ? null : x.held }))
        .sort(byKey((x) => x.id)),
      materials: [...ix.clusterMaterials[k]!].sort(byCodeUnit),
      certifications: [...certifications].sort(byCodeUnit),
      makes,
    });
  });
  return out;
}

/** Co-production rows of the given component indices (counts with a scratch array per row). */
function coProduction(ix: SnapshotIndex, components: readonly number[]): CoProduction[] {
  const shared = new Int32Array(ix.componentIds.length);
  const touched: number[] = [];
  const { makersOf, makesOf } = ix;
  return components.map((p) => {
    for (let a = makersOf.start[p]; a < makersOf.start[p + 1]; a++) {
      const f = makersOf.items[a];
      for (let b = makesOf.start[f]; b < makesOf.start[f + 1]; b++) {
        const q = makesOf.items[b];
        if (q === p) continue;
        if (shared[q] === 0) touched.push(q);
        shared[q] += 1;
      }
    }
    touched.sort((x, y) => x - y);
    const row: CoProduction = {
      component: ix.componentIds[p]!,
      firms: ix.makers[p],
      related: touched.map((q) => ix.componentIds[q]!),
      shared: touched.map((q) => shared[q]),
      relatedFirms: touched.map((q) => ix.makers[q]),
    };
    for (const q of touched) shared[q] = 0;
    touched.length = 0;
    return row;
  });
}

function memberProfiles(ix: SnapshotIndex, ids: ReadonlySet<string>): MemberProfile[] {
  const processes = new Map<string, Map<string, number | null>>();
  const materials = new Map<string, Set<string>>();
  for (const r of ix.canRels) {
    if (!ids.has(r.from)) continue;
    let m = processes.get(r.from);
    if (!m) processes.set(r.from, (m = new Map()));
    addCan(m, r.to, num(r.props.toleranceMm));
  }
  for (const r of ix.worksRels) {
    if (!ids.has(r.from)) continue;
    let s = materials.get(r.from);
    if (!s) materials.set(r.from, (s = new Set()));
    s.add(r.to);
  }
  return [...ids].sort(byCodeUnit).map((id) => {
    const k = ix.clusterOf.get(id);
    return {
      id,
      name: ix.name(id),
      cluster: k === undefined ? null : ix.clusters[k]!.id,
      capacityTonnes: num(ix.nodes.get(id)?.props.capacityTonnes),
      certifications: [...new Set(ix.certifications(id))].sort(byCodeUnit),
      processes: capabilityList(processes.get(id) ?? new Map()),
      materials: [...(materials.get(id) ?? [])].sort(byCodeUnit),
    };
  });
}

/**
 * The facts of a snapshot. The embedded store keeps one source per dataset (wholeGraph), so the
 * query-independent facts are built once and shared: callers never change facts in place
 * (interventions.ts copies).
 */
export function embeddedFactSource(snap: GraphData): FactSource {
  // Built on first use, in slices (SnapshotIndex.build); every method waits for the one build.
  let built: Promise<SnapshotIndex> | undefined;
  const index = (): Promise<SnapshotIndex> => (built ??= SnapshotIndex.build(snap));
  let components: ImportedComponent[] | undefined;
  let allClusters: ClusterProfile[] | undefined;
  let allCoProduction: CoProduction[] | undefined;
  return {
    async facts(query) {
      const ix = await index();
      // The whole dataset's three facts are built once, each on a turn of the event loop of its own
      // (0.1–0.2 s each at national scale, 0.4 s in one piece before).
      if (!components) {
        components = importedComponents(ix);
        await yieldToEventLoop();
      }
      let clusters: ClusterProfile[];
      if (query.cluster !== undefined) clusters = clusterProfiles(ix, query.cluster);
      else if (allClusters) clusters = allClusters;
      else {
        clusters = allClusters = clusterProfiles(ix, undefined);
        await yieldToEventLoop();
      }
      let co: CoProduction[];
      if (query.component === undefined) co = allCoProduction ??= coProduction(ix, ix.componentIds.map((_, i) => i));
      else {
        const one = ix.componentIx.get(query.component);
        co = coProduction(ix, one === undefined ? [] : [one]);
      }
      return { components, clusters, coProduction: co };
    },
    async members(query) {
      const ix = await index();
      const ids = new Set<string>();
      for (const c of query.clusters ?? []) {
        const k = ix.clusterIx.get(c);
        if (k !== undefined) for (const f of ix.members[k]!) ids.add(f);
      }
      for (const f of query.firms ?? []) if (ix.nodes.get(f)?.label === 'Firm') ids.add(f);
      return memberProfiles(ix, ids);
    },
    async vocabulary() {
      const ix = await index();
      const refs = (label: GraphNode['label']) => ix.ofLabel(label).map((n) => ({ id: n.id, name: ix.name(n.id) }));
      const out: Vocabulary = { processes: refs('Process'), materials: refs('Material'), components: refs('Component') };
      return out;
    },
  };
}
