// The part of Neo4j a focused /api/graph query reads (views.ts, "What a store must hand to
// buildView"), fetched by id through the uniqueness indexes instead of pulling every firm and
// relationship over Bolt: a cluster focus on the national dataset reads a few hundred firms.
import { relKey, type GraphNode, type GraphRel, type NodeLabel, type Props, type RelType } from '../../model/index.ts';
import { GROUPING_FIRM_PROPS, groupPastOf, requestedGrouping, withFirmProps } from '../overview/index.ts';
import type { GraphOut, GraphQuery } from '../shapes.ts';
import { checkFocusSize, checkViewIds, CONTEXT_FIRM_RELS, extraFirmIds, focusFirmRels, hasFirmFilter, narrowedFocus, type ViewExtras, type ViewInput } from '../views.ts';

type Row = Record<string, unknown>;
export type RunRows = (query: string, params?: Row) => Promise<Row[]>;

/**
 * The firms passing the firm filters: a cluster's members through the cluster's index entry. As
 * one list in one record: the driver's cost is per record (tier=IKM at national scale, 95,700
 * ids: 0.5-0.8 s as a record each, 0.15-0.24 s as one list).
 */
const PASSING = `
  CALL () {
    MATCH (:Cluster {id: $cluster})<-[:MEMBER_OF]-(f:Firm) WHERE $cluster IS NOT NULL RETURN f
    UNION
    MATCH (f:Firm) WHERE $cluster IS NULL RETURN f
  }
  WITH f WHERE ($tier IS NULL OR f.tier = $tier) AND ($province IS NULL OR f.province = $province)
  RETURN collect(f.id) AS ids`;

/** Where each relationship type a focused view reads ends (the schema's rule; staged nodes have no such label yet). */
const END_LABEL: Partial<Record<RelType, NodeLabel>> = { MEMBER_OF: 'Cluster', MAKES: 'Component', NEEDS: 'Component', IMPORTS: 'Country' };

/**
 * One row per firm: its properties and, per relationship type (constants of views.ts, written into
 * the query), a list of [end id, properties]. One record per firm instead of one per relationship:
 * a tier focus at national scale is 95,700 firms with 287,000 such relationships, and the driver's
 * cost is per record (5.9 s as two queries, 3.5 s as this one). MAKES and NEEDS (read only for a
 * component focus, focusFirmRels) come as the ids of the components they reach, without the
 * properties buildView does not read (ID_ONLY): one string to decode instead of a list holding a
 * string and a map.
 */
const ID_ONLY: ReadonlySet<RelType> = new Set(['MAKES', 'NEEDS']);
const firmsWith = (types: readonly RelType[], props = 'properties(f)'): string =>
  `UNWIND $ids AS id MATCH (f:Firm {id: id})
  RETURN f.id AS id, ${props} AS props, ${types.map((t, i) => `[(f)-[r:${t}]->(b:${END_LABEL[t]}) | ${ID_ONLY.has(t) ? 'b.id' : '[b.id, properties(r)]'}] AS r${i}`).join(', ')}`;
/**
 * The focus firms of a focus larger than MAX_FOCUS_FIRMS (drawn grouped) come with only the
 * properties the grouping reads (`lean`): at national scale (tier=IKM, 95,700 firms) 2.2-2.6 s
 * instead of 3.1 s, and less for buildView to copy. The firms the answer still draws one by one
 * get all their properties afterwards (neo4jWithFirmProps).
 */
const focusFirmsQuery = (types: readonly RelType[], lean: boolean): string => firmsWith(types, lean ? `{${GROUPING_FIRM_PROPS.map((k) => `${k}: f.${k}`).join(', ')}}` : undefined);
const CONTEXT_FIRMS = firmsWith(CONTEXT_FIRM_RELS);
/** ViewInput.madeOrNeeded: the components the focus firms make or need, as one list in one record. */
const MADE_OR_NEEDED = `UNWIND $ids AS id MATCH (:Firm {id: id})-[:MAKES|NEEDS]->(c:Component) RETURN collect(DISTINCT c.id) AS ids`;
const FIRM_PROPS = `UNWIND $ids AS id MATCH (f:Firm {id: id}) RETURN f.id AS id, properties(f) AS props`;
const SUPPLIES = `UNWIND $ids AS id MATCH (f:Firm {id: id})
  CALL (f) {
    MATCH (f)-[r:SUPPLIES]->(b:Firm) RETURN f.id AS from, b.id AS to, properties(r) AS props
    UNION ALL
    MATCH (a:Firm)-[r:SUPPLIES]->(f) RETURN a.id AS from, f.id AS to, properties(r) AS props
  }
  RETURN from, to, props`;
const OTHERS = `MATCH (n) WHERE n:Cluster OR n:Country RETURN n.id AS id, CASE WHEN n:Cluster THEN 'Cluster' ELSE 'Country' END AS label, properties(n) AS props`;

/**
 * The firms touching a component (views.ts, narrowedFocus): through the component's index entry
 * and the SUPPLIES and IMPORTS component indexes (schema.cypher), not a scan of the firms.
 */
const TOUCHING = `
  CALL () {
    MATCH (f:Firm)-[:MAKES|NEEDS]->(:Component {id: $component}) RETURN f.id AS id
    UNION
    MATCH (a:Firm)-[r:SUPPLIES]->(b:Firm) WHERE r.component = $component UNWIND [a.id, b.id] AS id RETURN id
    UNION
    MATCH (f:Firm)-[r:IMPORTS]->(:Country) WHERE r.component = $component RETURN f.id AS id
  }
  RETURN id`;

async function touchingFirms(rows: RunRows, component: string): Promise<Set<string>> {
  return new Set((await rows(TOUCHING, { component })).map((r) => r.id as string));
}

/** The ids of the firms passing the firm filters (tier, province, cluster). */
export async function neo4jPassingFirms(rows: RunRows, query: Pick<GraphQuery, 'tier' | 'province' | 'cluster'>): Promise<string[]> {
  return ((await rows(PASSING, { cluster: query.cluster ?? null, tier: query.tier ?? null, province: query.province ?? null }))[0]?.ids ?? []) as string[];
}

/**
 * The focused view's input. `lean`: the firms handed over with GROUPING_FIRM_PROPS alone, whose
 * other properties neo4jWithFirmProps reads for the firms the answer draws.
 */
export async function neo4jViewInput(rows: RunRows, query: GraphQuery, extras: ViewExtras, ids: Pick<ViewInput, 'componentIds' | 'clusterIds'>): Promise<{ input: ViewInput; lean: ReadonlySet<string> }> {
  const nodes = new Map<string, GraphNode>();
  const rels = new Map<string, GraphRel>();
  const rel = (type: RelType, from: string, to: string, props: Props) => {
    const key = relKey(type, from, to, props);
    rels.set(key, { key, type, from, to, props });
  };
  for (const r of await rows(OTHERS)) nodes.set(r.id as string, { id: r.id as string, label: r.label as NodeLabel, props: r.props as Props });

  // An unknown cluster or component is named first, then the size (without `group`), once a
  // component has narrowed the focus, before reading the focus firms (views.ts), as on the embedded
  // store; graphView hands over the ids it has read. A component without firm filters reads only
  // the firms touching it, not the ids of every firm.
  checkViewIds(query, ids);
  const component = query.component;
  const focusIds =
    component === undefined
      ? (extras.focusFirms ?? (await neo4jPassingFirms(rows, query)))
      : // Without firm filters every firm passes (null): none of their ids is read.
        narrowedFocus(extras.focusFirms ?? (hasFirmFilter(query) ? await neo4jPassingFirms(rows, query) : null), await touchingFirms(rows, component));
  checkFocusSize(focusIds.length, query);
  const lean = new Set<string>();
  const addFirms = async (cypher: string, types: readonly RelType[], ids: readonly string[], leanRead = false) => {
    for (const r of await rows(cypher, { ids })) {
      const id = r.id as string;
      // A lean read gives an absent property as null: left out, as Neo4j stores it.
      const props = leanRead ? Object.fromEntries(Object.entries(r.props as Props).filter(([, v]) => v !== null)) : (r.props as Props);
      if (leanRead) lean.add(id);
      nodes.set(id, { id, label: 'Firm', props });
      types.forEach((type, i) => {
        if (ID_ONLY.has(type)) for (const to of r[`r${i}`] as string[]) rel(type, id, to, {});
        else for (const [to, props] of r[`r${i}`] as Array<[string, Props]>) rel(type, id, to, props);
      });
    }
  };
  const wanted = focusFirmRels(query);
  // Lean only where the answer is bound to be grouped (it is asked with `group`, and the focus alone is past groupPast).
  const leanRead = requestedGrouping(query.group) !== null && focusIds.length > groupPastOf(query);
  await addFirms(focusFirmsQuery(wanted.rels, leanRead), wanted.rels, focusIds, leanRead);
  const madeOrNeeded = wanted.madeOrNeeded ? new Set(((await rows(MADE_OR_NEEDED, { ids: focusIds }))[0]?.ids ?? []) as string[]) : undefined;
  const context = new Set(extraFirmIds(extras));
  for (const r of await rows(SUPPLIES, { ids: focusIds })) {
    rel('SUPPLIES', r.from as string, r.to as string, r.props as Props);
    context.add(r.from as string).add(r.to as string);
  }
  const contextIds = [...context].filter((id) => !nodes.has(id));
  await addFirms(CONTEXT_FIRMS, CONTEXT_FIRM_RELS, contextIds);
  return { input: { nodes: [...nodes.values()], rels: [...rels.values()], ...ids, ...(madeOrNeeded ? { madeOrNeeded } : {}) }, lean };
}

/** `out` with every firm of `lean` it draws given all its properties (withFirmProps). */
export async function neo4jWithFirmProps(rows: RunRows, out: GraphOut, lean: ReadonlySet<string>): Promise<GraphOut> {
  if (lean.size === 0) return out;
  const ids = out.nodes.filter((n) => n.label === 'Firm' && lean.has(n.id)).map((n) => n.id);
  return withFirmProps(out, new Map((await rows(FIRM_PROPS, { ids })).map((r) => [r.id as string, r.props as Props])));
}
