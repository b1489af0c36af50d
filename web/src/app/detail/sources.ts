// Where an entity's relationships come from: each distinct source its relationships cite (a
// supply's news report, a capability's estimate), with how many cite it, in the page's language.
// The views showed relationship sources nowhere, only the entity API and the console.
import type { EntityOut } from '../../../../server/store/shapes.ts';
import { nodeName } from '../countries.ts';

type Rel = EntityOut['relationships'][number];

export interface CitedSource {
  text: string;
  /** Relationships citing it. */
  count: number;
  /** The other ends of those relationships, named in the page's language, each once, in the order met. */
  others: string[];
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** A node's or relationship's source in the page's language: its `sourceId` on an Indonesian page, where it has one. */
export const sourceText = (props: { source?: unknown; sourceId?: unknown }, indonesian: boolean): string => (indonesian ? text(props.sourceId) : '') || text(props.source);

/**
 * The sources of `relationships`, most cited first (then alphabetically). On an Indonesian page a
 * relationship's `sourceId` where it has one; without one, the Indonesian the dataset gives the same
 * source on the entity or another end (`sourceIds` of the entity answer: a generated dataset names
 * its relationships' source, the same as its nodes', in English only).
 */
export function citedSources(relationships: readonly Rel[], sourceIds: Readonly<Record<string, string>>, indonesian: boolean): CitedSource[] {
  const cited = new Map<string, CitedSource>();
  for (const r of relationships) {
    const source = text(r.properties.source);
    const shown = sourceText(text(r.properties.sourceId) === '' && Object.hasOwn(sourceIds, source) ? { source, sourceId: sourceIds[source] } : r.properties, indonesian);
    if (shown === '') continue;
    let c = cited.get(shown);
    if (!c) cited.set(shown, (c = { text: shown, count: 0, others: [] }));
    c.count += 1;
    const other = nodeName({ id: r.other.id, label: r.other.label, name: r.other.name });
    if (!c.others.includes(other)) c.others.push(other);
  }
  return [...cited.values()].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}
