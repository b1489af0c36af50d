// The one mapping from a validated Dataset to the property graph of DESIGN.md ("Graph schema").
// Both stores load exactly these nodes and relationships, so they hold the same graph.
import type { Dataset } from './schemas.ts';
import { hsNodeId } from './trade-rules.ts';
import { runInSlices, runToEnd } from '../util/yield.ts';

// HsProduct nodes are not a file of their own: one node per HS code that trade.csv,
// hs_components.csv or world_trade.csv names, with the id `hs:<code>`.
export const NODE_LABELS = ['Firm', 'Cluster', 'Component', 'Process', 'Material', 'Country', 'Program', 'HsProduct'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  'MEMBER_OF',
  'CAN',
  'WORKS',
  'NEEDS_PROCESS',
  'MADE_OF',
  'MAKES',
  'NEEDS',
  'SUPPLIES',
  'IMPORTS',
  'ENROLLED_IN',
  'TRADE',
  'MAPS_TO',
  'EXPORTS',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export type PropValue = string | number | boolean | string[];
export type Props = Record<string, PropValue>;

export interface GraphNode {
  id: string;
  label: NodeLabel;
  props: Props;
}

export interface GraphRel {
  /** Stable identity: type, ends and whatever distinguishes parallel relationships. */
  key: string;
  type: RelType;
  from: string;
  to: string;
  props: Props;
}

export interface GraphData {
  nodes: GraphNode[];
  rels: GraphRel[];
}

/** Drops undefined values: Neo4j stores no nulls, and both stores must hold the same properties. */
const clean = (o: Record<string, PropValue | undefined>): Props => {
  const out: Props = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
};

/**
 * A relationship's stable identity: its type, its ends and the property that tells parallel
 * relationships apart. Stores recompute it from what they hold, so it is never stored itself.
 */
export function relKey(type: RelType, from: string, to: string, props: Props): string {
  const extra =
    type === 'CAN'
      ? [props.material]
      : type === 'SUPPLIES'
        ? [props.component]
        : type === 'IMPORTS'
          ? [props.component, props.year]
          : type === 'TRADE' || type === 'EXPORTS'
            ? [props.year]
            : [];
  return [type, from, to, ...extra.map((e) => (e === undefined ? '' : String(e)))].join('|');
}

const rel = (type: RelType, from: string, to: string, raw: Record<string, PropValue | undefined>): GraphRel => {
  const props = clean(raw);
  return { key: relKey(type, from, to, props), type, from, to, props };
};

/** The graph of a dataset (see converting). */
export function datasetToGraph(d: Dataset): GraphData {
  return runToEnd(converting(d));
}

/**
 * datasetToGraph for a store's replace() while the server answers requests: the same graph, built
 * in slices of about 30 ms with the event loop let run between them. At national scale the
 * conversion held every request 1.6 s (3.5 s with the collections it caused).
 */
export function datasetToGraphInSlices(d: Dataset): Promise<GraphData> {
  return runInSlices(converting(d));
}

/** Rows converted between two chances to yield. */
const ROWS_PER_STEP = 2048;

/** The conversion, pausing every ROWS_PER_STEP rows of the larger tables so a caller may yield there. */
function* converting(d: Dataset): Generator<void, GraphData> {
  let rows = 0;
  const nodes: GraphNode[] = [];
  const rels: GraphRel[] = [];
  const node = (label: NodeLabel, id: string, props: Record<string, PropValue | undefined>) =>
    nodes.push({ id, label, props: clean({ id, ...props }) });

  for (const c of d.clusters) {
    node('Cluster', c.id, { name: c.name, province: c.province, regency: c.regency, lat: c.lat, lon: c.lon, units: c.units, workers: c.workers, source: c.source, sourceId: c.source_id, estimate: c.estimate });
  }
  for (const f of d.firms) {
    node('Firm', f.id, {
      name: f.name,
      nameId: f.name_id,
      tier: f.tier,
      sector: f.sector,
      sectorId: f.sector_id,
      province: f.province,
      regency: f.regency,
      lat: f.lat,
      lon: f.lon,
      employees: f.employees,
      capacityTonnes: f.capacity_tonnes,
      certifications: f.certifications,
      source: f.source,
      sourceId: f.source_id,
      estimate: f.estimate,
    });
    if (f.cluster) rels.push(rel('MEMBER_OF', f.id, f.cluster, {}));
    if (++rows % ROWS_PER_STEP === 0) yield;
  }
  for (const p of d.processes) node('Process', p.id, { name: p.name, nameId: p.name_id, description: p.description, descriptionId: p.description_id });
  for (const m of d.materials) node('Material', m.id, { name: m.name, nameId: m.name_id, standard: m.standard });
  for (const c of d.countries) node('Country', c.id, { name: c.name, nameId: c.name_id });
  for (const p of d.programs) node('Program', p.id, { name: p.name, nameId: p.name_id });
  for (const c of d.components) {
    node('Component', c.id, {
      name: c.name,
      nameId: c.name_id,
      hs: c.hs,
      category: c.category,
      massKg: c.mass_kg,
      unitPriceUsd: c.unit_price_usd,
      toleranceMm: c.tolerance_mm,
      certification: c.certification,
      source: c.source,
      sourceId: c.source_id,
      estimate: c.estimate,
    });
    if (c.material) rels.push(rel('MADE_OF', c.id, c.material, {}));
    for (const p of new Set(c.processes)) rels.push(rel('NEEDS_PROCESS', c.id, p, {}));
    if (++rows % ROWS_PER_STEP === 0) yield;
  }

  const works = new Map<string, GraphRel>();
  for (const c of d.capabilities) {
    const provenance = { source: c.source, sourceId: c.source_id, estimate: c.estimate };
    rels.push(rel('CAN', c.firm, c.process, { material: c.material, toleranceMm: c.tolerance_mm, capacityTonnes: c.capacity_tonnes, ...provenance }));
    if (c.material && !works.has(`${c.firm}|${c.material}`)) {
      works.set(`${c.firm}|${c.material}`, rel('WORKS', c.firm, c.material, provenance));
    }
    if (++rows % ROWS_PER_STEP === 0) yield;
  }
  // A loop, not push(...spread): national-scale datasets overflow the argument limit.
  for (const w of works.values()) rels.push(w);
  for (const m of d.makes) {
    rels.push(rel('MAKES', m.firm, m.component, { unitsPerYear: m.units_per_year, source: m.source, sourceId: m.source_id, estimate: m.estimate }));
    if (++rows % ROWS_PER_STEP === 0) yield;
  }
  for (const n of d.needs) {
    rels.push(rel('NEEDS', n.firm, n.component, { unitsPerYear: n.units_per_year, source: n.source, sourceId: n.source_id, estimate: n.estimate }));
    if (++rows % ROWS_PER_STEP === 0) yield;
  }
  for (const s of d.supplies) {
    rels.push(
      rel(
        'SUPPLIES',
        s.supplier,
        s.buyer,
        { component: s.component, unitsPerYear: s.units_per_year, valueUsd: s.value_usd, since: s.since, source: s.source, sourceId: s.source_id, estimate: s.estimate },
      ),
    );
    if (++rows % ROWS_PER_STEP === 0) yield;
  }
  for (const i of d.imports) {
    rels.push(
      rel(
        'IMPORTS',
        i.buyer,
        i.country,
        { component: i.component, year: i.year, valueUsd: i.value_usd, units: i.units, source: i.source, sourceId: i.source_id, estimate: i.estimate },
      ),
    );
    if (++rows % ROWS_PER_STEP === 0) yield;
  }
  for (const e of d.enrolments) rels.push(rel('ENROLLED_IN', e.firm, e.program, { year: e.year }));

  // Trade (issue 15): (:Country)-[:TRADE]->(:HsProduct) for national imports from an origin,
  // (:HsProduct)-[:MAPS_TO {share}]->(:Component) for the concordance, and
  // (:Country)-[:EXPORTS]->(:HsProduct) for the world table.
  const hsNodes = new Set<string>();
  const hs = (code: string): string => {
    const id = hsNodeId(code);
    if (!hsNodes.has(id)) {
      hsNodes.add(id);
      node('HsProduct', id, { name: `HS ${code}`, code, digits: code.length });
    }
    return id;
  };
  for (const t of d.trade ?? []) {
    rels.push(rel('TRADE', t.origin, hs(t.hs), { year: t.year, valueUsd: t.value_usd, quantity: t.quantity, unit: t.unit, source: t.source, sourceId: t.source_id }));
    if (++rows % ROWS_PER_STEP === 0) yield;
  }
  for (const m of d.hs_components ?? []) rels.push(rel('MAPS_TO', hs(m.hs), m.component, { share: m.share, source: m.source, sourceId: m.source_id }));
  for (const w of d.world_trade ?? []) {
    rels.push(rel('EXPORTS', w.exporter, hs(w.hs), { year: w.year, valueUsd: w.value_usd, source: w.source, sourceId: w.source_id }));
    if (++rows % ROWS_PER_STEP === 0) yield;
  }
  return { nodes, rels };
}
