// Builds the D3 views from the part of the graph they show. Both stores fetch the nodes and
// relationships a query can touch and call this, so filters mean exactly the same thing on either
// store, and a store may hand over more than needed (a superset gives the same answer).
//
// Views: network = firms and clusters, SUPPLIES and MEMBER_OF; tiers = firms and countries,
// SUPPLIES and IMPORTS; map = all three kinds of node, SUPPLIES, MEMBER_OF and IMPORTS. With
// links=recommended (or a pinned link) also RECOMMENDED links from the missing-links analysis.
//
// Focus, one rule for every view (issue 12: a filter focuses, it does not crop):
// - A firm passes the firm filters when it has the tier, the province and the cluster asked for.
//   The focus firms are those that pass and, under a component filter, touch the component: make
//   or need it, supply, buy or import it, or are an end of a recommended link for it.
// - A link is in the view when its component matches the component filter (if any) and one of its
//   firm ends is in focus (a recommended link: one end passes the firm filters). It is `focus`
//   when both firm ends are in focus, `context` when it leaves the focus; its other end is drawn
//   as a `context` node (one hop: the buyers the focus supplies, its suppliers, the other end of a
//   recommended link).
// - Clusters reached by MEMBER_OF from a focus firm, and the cluster asked for, are `focus`.
// - Imports (tiers, map): a focus firm's imports are `focus` links, their origins `focus`
//   countries; a context firm's imports of a component in focus (made, needed, supplied, bought
//   or imported by a focus firm, or recommended) are `context`, as are origins reached only so.
// - Without any filter everything is `focus`: every cluster of the view is shown, and every country
//   an import drawn comes from (a country that is only in the world trade table, an exporter
//   such as Indonesia or the generator's 49 synthetic ones, is no origin and is not drawn).
// - A pinned recommended link (pin=supplier|buyer|component) is drawn whatever the focus.
// - A focus of more than MAX_FOCUS_FIRMS firms is refused (413), on both stores alike, unless the
//   query asks for `group`: an answer of more firms is then drawn grouped (overview/focused.ts).
import { noteMembership, type GraphNode, type GraphRel, type RelType } from '../model/index.ts';
import { FocusTooLargeError, UnknownIdError } from '../errors.ts';
import { keyFigures } from './figures.ts';
import type { GraphLinkOut, GraphNodeOut, GraphOut, GraphQuery, GraphView, Role } from './shapes.ts';
import type { Lang } from '../i18n/index.ts';
import { MAX_FOCUS_FIRMS, requestedGrouping } from './overview/rule.ts';

export const VIEW_LABELS = {
  network: ['Firm', 'Cluster'],
  tiers: ['Firm', 'Country'],
  map: ['Firm', 'Cluster', 'Country'],
} as const satisfies Record<GraphView, readonly string[]>;
export const VIEW_REL_TYPES = {
  network: ['SUPPLIES', 'MEMBER_OF'],
  tiers: ['SUPPLIES', 'IMPORTS'],
  map: ['SUPPLIES', 'MEMBER_OF', 'IMPORTS'],
} as const satisfies Record<GraphView, readonly string[]>;
/** Every relationship type the focus rule reads, whatever the view draws. */
export const FILTER_REL_TYPES = ['MAKES', 'NEEDS', 'MEMBER_OF', 'SUPPLIES', 'IMPORTS'] as const;

/** A recommended missing link as the views draw it (from the missing-links analysis). */
export interface RecommendedLink {
  supplier: string;
  buyer: string;
  component: string;
  rank: number;
  score: number;
  sentence: string;
}

export interface RecommendedInput {
  /** Candidates, best first. */
  links: RecommendedLink[];
  /** How many recommendations touch the focus in all (the candidates passed are the best of them). */
  total: number;
  /** At most this many are drawn. */
  limit: number;
}

export interface ViewExtras {
  recommended?: RecommendedInput;
  pinned?: RecommendedLink;
  /** The language of the names the answer writes itself (an overview's province nodes; default en). */
  lang?: Lang;
  /**
   * The firms passing the query's firm filters, when the caller has read them already for the same
   * query (graphView, through GraphStore.focusFirms): a focused view then does not read them again
   * (at national scale tier=IKM is 95,700 ids, a second Neo4j query).
   */
  focusFirms?: readonly string[];
}

export interface ViewInput {
  nodes: GraphNode[];
  rels: GraphRel[];
  /** All component ids and cluster ids, to tell an unknown filter value from an empty answer. */
  componentIds: ReadonlySet<string>;
  clusterIds: ReadonlySet<string>;
  /**
   * The components the focus firms make or need, when a store hands them over instead of those
   * firms' MAKES and NEEDS (focusFirmRels): a focus without a component reads them only to know
   * which imports of the firms around it to draw.
   */
  madeOrNeeded?: ReadonlySet<string>;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const recommendedId = (r: Pick<RecommendedLink, 'supplier' | 'buyer' | 'component'>): string => `${r.supplier}|${r.buyer}|${r.component}`;

export function nodeOut(node: GraphNode, role: Role, cluster?: string): GraphNodeOut {
  const out: GraphNodeOut = { ...node.props, id: node.id, label: node.label, name: String(node.props.name ?? node.id), role };
  if (cluster !== undefined) out.cluster = cluster;
  return out;
}

export function linkOut(rel: GraphRel, role: Role): GraphLinkOut {
  return { ...rel.props, id: rel.key, source: rel.from, target: rel.to, type: rel.type, role };
}

function recommendedOut(r: RecommendedLink, role: Role): GraphLinkOut {
  return { id: recommendedId(r), source: r.supplier, target: r.buyer, type: 'RECOMMENDED', component: r.component, rank: r.rank, score: r.score, sentence: r.sentence, role };
}

/** Most firms a focused view draws one by one (overview/rule.ts says why). */
export { MAX_FOCUS_FIRMS };

/**
 * Refuses a focus of more than MAX_FOCUS_FIRMS firms (FocusTooLargeError, 413) unless the query
 * asks for `group`, under which such a focus is drawn grouped.
 */
export function checkFocusSize(firms: number, query: Pick<GraphQuery, 'group'> = {}): void {
  if (firms > MAX_FOCUS_FIRMS && requestedGrouping(query.group) === null) throw new FocusTooLargeError(firms, MAX_FOCUS_FIRMS);
}

/**
 * Refuses the view of single firms without filters (everything is its focus) of a dataset of more
 * than MAX_FOCUS_FIRMS firms unless the query asks for `group` (the views ask group=auto, and get
 * the overview). At national scale (100,000 firms) that answer was 47–58 MB, and each view and
 * language held the server's only thread for 3–7 s the first time; six asked at once took 22 s
 * each, with /api/health waiting up to 5.7 s and the server 1.2 GB larger. The whole graph is
 * /api/export's to give, written off the main thread. `firms` (the dataset's count) is asked only
 * for such a query: on Neo4j it is a round trip, which the views' overviews need not pay.
 */
export async function checkWholeViewSize(query: Pick<GraphQuery, 'tier' | 'cluster' | 'province' | 'component' | 'group'>, firms: () => Promise<number>): Promise<void> {
  if (isFocused(query) || requestedGrouping(query.group) !== null) return;
  const count = await firms();
  if (count > MAX_FOCUS_FIRMS) throw new FocusTooLargeError(count, MAX_FOCUS_FIRMS, true);
}

/** Throws UnknownIdError (400, naming the field) for a cluster or component filter that names nothing. */
export function checkViewIds(query: Pick<GraphQuery, 'cluster' | 'component'>, known: Pick<ViewInput, 'componentIds' | 'clusterIds'>): void {
  if (query.cluster !== undefined && !known.clusterIds.has(query.cluster)) throw new UnknownIdError('cluster', query.cluster, 'cluster');
  if (query.component !== undefined && !known.componentIds.has(query.component)) throw new UnknownIdError('component', query.component, 'component');
}

/** Whether the query has a firm filter (tier, province, cluster): its focus firms are those that pass. */
export const hasFirmFilter = (q: Pick<GraphQuery, 'tier' | 'cluster' | 'province'>): boolean => q.tier !== undefined || q.cluster !== undefined || q.province !== undefined;

/** Whether the query filters at all (without filters everything is focus). */
export const isFocused = (q: Pick<GraphQuery, 'tier' | 'cluster' | 'province' | 'component'>): boolean =>
  q.tier !== undefined || q.cluster !== undefined || q.province !== undefined || q.component !== undefined;

export function buildView(input: ViewInput, query: GraphQuery, extras: ViewExtras = {}): GraphOut {
  const view = query.view;
  const p = query.component;
  checkViewIds(query, input);
  const focused = isFocused(query);
  const labels = new Set<string>(VIEW_LABELS[view]);
  const types = new Set<string>(VIEW_REL_TYPES[view]);
  const nodes = new Map(input.nodes.map((n) => [n.id, n]));
  const byType = new Map<string, GraphRel[]>();
  const clusterOf = new Map<string, string>();
  for (const r of input.rels) {
    let list = byType.get(r.type);
    if (!list) byType.set(r.type, (list = []));
    list.push(r);
    noteMembership(clusterOf, r);
  }
  const rels = (type: string): GraphRel[] => byType.get(type) ?? [];
  const componentOk = (component: unknown): boolean => p === undefined || component === p;

  const passes = (id: string): boolean => {
    const n = nodes.get(id);
    return (
      n?.label === 'Firm' &&
      (query.tier === undefined || n.props.tier === query.tier) &&
      (query.province === undefined || n.props.province === query.province) &&
      (query.cluster === undefined || clusterOf.get(id) === query.cluster)
    );
  };

  // Recommended links: those with an end passing the firm filters, best first, at most `limit`.
  const rec = extras.recommended;
  let recommended: RecommendedLink[] = [];
  let recommendedTotal = 0;
  if (rec) {
    const matching = rec.links.filter((r) => componentOk(r.component) && (!focused || passes(r.supplier) || passes(r.buyer)));
    recommendedTotal = rec.total;
    recommended = matching.slice(0, rec.limit);
  }

  // Focus firms.
  const touches = new Set<string>();
  if (p !== undefined) {
    for (const type of ['MAKES', 'NEEDS'] as const) for (const r of rels(type)) if (r.to === p) touches.add(r.from);
    for (const r of rels('SUPPLIES')) if (r.props.component === p) touches.add(r.from).add(r.to);
    for (const r of rels('IMPORTS')) if (r.props.component === p) touches.add(r.from);
    for (const r of recommended) touches.add(r.supplier).add(r.buyer);
  }
  const focus = new Set<string>();
  for (const n of input.nodes) if (passes(n.id) && (p === undefined || touches.has(n.id))) focus.add(n.id);
  // The size of the focus, once a component has narrowed it (overview/rule.ts).
  if (focused) checkFocusSize(focus.size, query);

  const role = new Map<string, Role>();
  for (const id of focus) role.set(id, 'focus');
  const setFocus = (id: string) => {
    if (labels.has(nodes.get(id)?.label ?? '')) role.set(id, 'focus');
  };
  const setContext = (id: string) => {
    if (!role.has(id) && labels.has(nodes.get(id)?.label ?? '')) role.set(id, 'context');
  };
  const links: GraphLinkOut[] = [];
  const linkRole = (a: string, b: string): Role => (focus.has(a) && focus.has(b) ? 'focus' : 'context');

  // Supply links with an end in focus; the other end is context.
  const supplied = new Set<string>();
  for (const r of rels('SUPPLIES')) {
    if (!componentOk(r.props.component) || (!focus.has(r.from) && !focus.has(r.to))) continue;
    setContext(r.from);
    setContext(r.to);
    supplied.add(String(r.props.component ?? ''));
    links.push(linkOut(r, linkRole(r.from, r.to)));
  }

  // Recommended links (and the pinned one, wherever it is).
  const drawn = new Set<string>();
  const pinned = extras.pinned;
  for (const r of pinned && !recommended.some((x) => recommendedId(x) === recommendedId(pinned)) ? [...recommended, pinned] : recommended) {
    drawn.add(recommendedId(r));
    setContext(r.supplier);
    setContext(r.buyer);
    links.push(recommendedOut(r, linkRole(r.supplier, r.buyer)));
  }

  // Membership: the clusters of focus firms (and the cluster asked for) are focus.
  if (types.has('MEMBER_OF')) {
    for (const r of rels('MEMBER_OF')) {
      if (!focus.has(r.from)) continue;
      setFocus(r.to);
      links.push(linkOut(r, 'focus'));
    }
    if (query.cluster !== undefined) setFocus(query.cluster);
  }

  // Imports: a focus firm's own, then context firms' imports of the components in focus.
  if (types.has('IMPORTS')) {
    const inFocus = new Set<string>(p === undefined ? [] : [p]);
    if (p === undefined) {
      if (input.madeOrNeeded) for (const c of input.madeOrNeeded) inFocus.add(c);
      else for (const type of ['MAKES', 'NEEDS'] as const) for (const r of rels(type)) if (focus.has(r.from)) inFocus.add(r.to);
      for (const c of supplied) inFocus.add(c);
      for (const r of recommended) inFocus.add(r.component);
      for (const r of rels('IMPORTS')) if (focus.has(r.from)) inFocus.add(String(r.props.component ?? ''));
    }
    const contextImports: GraphRel[] = [];
    for (const r of rels('IMPORTS')) {
      if (!componentOk(r.props.component)) continue;
      if (focus.has(r.from)) {
        setFocus(r.to);
        links.push(linkOut(r, 'focus'));
      } else if (role.get(r.from) === 'context' && inFocus.has(String(r.props.component ?? ''))) contextImports.push(r);
    }
    for (const r of contextImports) {
      setContext(r.to);
      links.push(linkOut(r, 'context'));
    }
  }

  // Without filters every cluster of the view is shown, members or not; countries are there as
  // origins, set by the imports above.
  if (!focused) for (const n of input.nodes) if (n.label === 'Cluster') setFocus(n.id);

  const out: GraphNodeOut[] = [];
  for (const [id, r] of role) {
    const n = nodes.get(id);
    if (n) out.push(nodeOut(n, r, n.label === 'Firm' ? clusterOf.get(id) : undefined));
  }
  out.sort(byId);
  links.sort(byId);
  const summary = rec || pinned ? { shown: drawn.size, total: recommendedTotal, limit: rec?.limit ?? 0, pinned: pinned ? recommendedId(pinned) : null } : undefined;
  return {
    view,
    focused,
    nodes: out,
    links,
    ...(summary ? { recommended: summary } : {}),
    figures: keyFigures({ nodes: out, links, recommendedTotal }),
  };
}

/**
 * What a store must hand to buildView for a focused query (a superset is fine): every firm that
 * passes the firm filters (P; with a component, those of P touching it: narrowedFocus) with its
 * MEMBER_OF, MAKES, NEEDS, IMPORTS and SUPPLIES (both ways); the firms at the other end of those
 * SUPPLIES and the ends of the recommended links with their MEMBER_OF and IMPORTS; every cluster
 * and country. Without filters: the whole view.
 */
export const FOCUS_FIRM_RELS = ['MEMBER_OF', 'MAKES', 'NEEDS', 'IMPORTS'] as const;
export const CONTEXT_FIRM_RELS = ['MEMBER_OF', 'IMPORTS'] as const;

/**
 * The relationships of the focus firms a store reads for `query` (FOCUS_FIRM_RELS or fewer), and
 * whether it hands over ViewInput.madeOrNeeded instead of their MAKES and NEEDS. MAKES, NEEDS and
 * IMPORTS tell which firms touch a component; without one, a view that draws imports (Tiers, Map)
 * needs the focus firms' IMPORTS and the components they make or need (madeOrNeeded: one set,
 * not a list per firm), and the Network view needs only MEMBER_OF. At national scale a tier focus
 * then reads 95,700 firms without their 190,000 MAKES and NEEDS.
 */
export function focusFirmRels(query: Pick<GraphQuery, 'view' | 'component'>): { rels: readonly RelType[]; madeOrNeeded: boolean } {
  if (query.component !== undefined) return { rels: FOCUS_FIRM_RELS, madeOrNeeded: false };
  const imports = (VIEW_REL_TYPES[query.view] as readonly string[]).includes('IMPORTS');
  return imports ? { rels: ['MEMBER_OF', 'IMPORTS'], madeOrNeeded: true } : { rels: ['MEMBER_OF'], madeOrNeeded: false };
}

/**
 * The firms of P a component narrows the focus to: those touching it (`touching`: a MAKES or NEEDS
 * of it, an end of a SUPPLIES of it, an importer of it). Reading these as focus firms, and the firms
 * around them as usual, gives buildView the answer reading all of P gives: a component focus of
 * the national dataset reads a few hundred firms instead of 100,000. The other firms buildView can
 * put in focus, the suppliers of recommended links that could make the component without making
 * it yet, are read as the links' ends (extraFirmIds) with MEMBER_OF and IMPORTS, which is all a
 * component focus draws of them. `passing` null: every firm passes.
 */
export function narrowedFocus(passing: readonly string[] | null, touching: ReadonlySet<string>): string[] {
  return passing === null ? [...touching] : passing.filter((id) => touching.has(id));
}

/** Firm ids the recommended links of `extras` reach (their ends become context nodes). */
export function extraFirmIds(extras: ViewExtras): string[] {
  const out = new Set<string>();
  for (const r of [...(extras.recommended?.links ?? []), ...(extras.pinned ? [extras.pinned] : [])]) out.add(r.supplier).add(r.buyer);
  return [...out];
}
