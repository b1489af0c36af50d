// The key figures of a view, computed in one place from the nodes and links of a /api/graph answer:
// the API returns them with the answer and the web views show exactly these numbers, so a figure
// on screen, in an export and in a researcher's own count of the links cannot disagree.
// Pure (no I/O, no zod at run time), so the web bundle can use it too.
import type { GraphLinkOut, GraphNodeOut, KeyFigures } from './shapes.ts';

export interface FiguresInput {
  nodes: readonly GraphNodeOut[];
  links: readonly GraphLinkOut[];
  /** How many recommendations touch the focus in all (the answer's `recommended.total`). */
  recommendedTotal?: number | undefined;
}

/** An import flow's key: importer, component and origin country (years are collapsed). */
export const importFlowKey = (l: Pick<GraphLinkOut, 'source' | 'target' | 'component'>): string => `${l.source}|${String(l.component ?? '')}|${l.target}`;

/**
 * Import flows: for each (importer, component, origin) the IMPORTS link of the latest year, so a
 * flow recorded for 2022 and 2023 counts once, at its 2023 value.
 */
export function latestImportFlows(links: readonly GraphLinkOut[]): GraphLinkOut[] {
  const latest = new Map<string, GraphLinkOut>();
  for (const l of links) {
    if (l.type !== 'IMPORTS') continue;
    const key = importFlowKey(l);
    const prev = latest.get(key);
    if (!prev || Number(l.year ?? 0) > Number(prev.year ?? 0)) latest.set(key, l);
  }
  return [...latest.values()];
}

/**
 * The flows the Tiers view draws from an answer's links (web/src/views/tiers/flows.ts): each supply
 * and recommended link, and each import flow of the latest year. A focused query's groupFlowsPast
 * is compared with this count.
 */
export function drawnFlowCount(links: readonly GraphLinkOut[]): number {
  let n = 0;
  for (const l of links) if (l.type === 'SUPPLIES' || l.type === 'RECOMMENDED') n++;
  return n + latestImportFlows(links).length;
}

const value = (l: GraphLinkOut): number => (typeof l.valueUsd === 'number' ? l.valueUsd : 0);

export function keyFigures(input: FiguresInput): KeyFigures {
  const split = (label: string) => {
    let focus = 0;
    let context = 0;
    for (const n of input.nodes) {
      if (n.label !== label) continue;
      if (n.role === 'focus') focus++;
      else context++;
    }
    return { focus, context };
  };
  const supplyLinks = { inside: 0, outside: 0, insideValueUsd: 0, outsideValueUsd: 0 };
  let records = 0;
  let shown = 0;
  for (const l of input.links) {
    if (l.type === 'SUPPLIES') {
      if (l.role === 'focus') {
        supplyLinks.inside++;
        supplyLinks.insideValueUsd += value(l);
      } else {
        supplyLinks.outside++;
        supplyLinks.outsideValueUsd += value(l);
      }
    } else if (l.type === 'IMPORTS') records++;
    else if (l.type === 'RECOMMENDED') shown++;
  }
  const flows = latestImportFlows(input.links);
  const importFlows = {
    flows: flows.length,
    focus: flows.filter((l) => l.role === 'focus').length,
    context: flows.filter((l) => l.role !== 'focus').length,
    valueUsd: flows.reduce((sum, l) => sum + value(l), 0),
    countries: new Set(flows.map((l) => l.target)).size,
    records,
  };
  return {
    firms: split('Firm'),
    clusters: split('Cluster'),
    countries: split('Country'),
    supplyLinks,
    importFlows,
    recommended: { shown, total: Math.max(shown, input.recommendedTotal ?? shown) },
  };
}
