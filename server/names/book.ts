// The names a dataset gives in Bahasa Indonesia (name_id, description_id: its components,
// processes, materials and programmes, and firms whose name describes them), and the one rule for
// using them: in Indonesian an entity is called by its Indonesian name when the dataset gives one,
// by `name` otherwise; in English always by `name`. Ids are unique across every node file
// (server/model/validate.ts), so an id alone says whose name it is.
import { countryName, type Lang } from '../i18n/index.ts';
import type { GraphNode } from '../model/index.ts';

/** The Indonesian name and description of one entity, either of which may be missing. */
export interface IndonesianName {
  name?: string;
  description?: string;
}

/** Names as one answer uses them: in its language, falling back to the dataset's `name`. */
export interface DataNames {
  readonly lang: Lang;
  /** True when no name changes (English, or a dataset without Indonesian names): nothing to do. */
  readonly unchanged: boolean;
  /** The name of entity `id` in the answer's language; `name` is the dataset's own. */
  name(id: string, name: string): string;
  /** The description of entity `id` in the answer's language; `description` is the dataset's own. */
  description(id: string, description: string): string;
}

const SAME: Omit<DataNames, 'lang'> = { unchanged: true, name: (_id, name) => name, description: (_id, description) => description };

/** Names that are the dataset's own: English answers, and code that writes no sentence for a reader. */
export const datasetNames = (lang: Lang = 'en'): DataNames => ({ lang, ...SAME });

/** The names for `lang` from the Indonesian ones of a dataset (by id). */
export function namesIn(lang: Lang, indonesian: ReadonlyMap<string, IndonesianName>): DataNames {
  if (lang !== 'id' || indonesian.size === 0) return datasetNames(lang);
  return {
    lang,
    unchanged: false,
    name: (id, name) => indonesian.get(id)?.name ?? name,
    description: (id, description) => indonesian.get(id)?.description ?? description,
  };
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/**
 * One entry per id that has an Indonesian name or description. A country without a name of the
 * dataset's own is called by its Indonesian name from its ISO code (i18n/countries.ts): the
 * catalogue and the analyses said "Tiongkok" and "Jepang" while the views and the detail panel said
 * "China" and "Japan" on the same Indonesian page (a helper's, round 50).
 */
export function indonesianOf(rows: Iterable<{ id: string; name?: unknown; description?: unknown; country?: unknown }>): Map<string, IndonesianName> {
  const out = new Map<string, IndonesianName>();
  for (const r of rows) {
    const byCode = r.country === true && text(r.name) === undefined ? countryName('id', r.id, null) : undefined;
    const name = text(r.name) ?? (byCode !== undefined && byCode !== r.id ? byCode : undefined);
    const description = text(r.description);
    if (name === undefined && description === undefined) continue;
    out.set(r.id, { ...(name === undefined ? {} : { name }), ...(description === undefined ? {} : { description }) });
  }
  return out;
}

/** The Indonesian names of a graph's nodes (the stored properties nameId and descriptionId). */
export function indonesianOfNodes(nodes: Iterable<GraphNode>): Map<string, IndonesianName> {
  const rows: Array<{ id: string; name?: unknown; description?: unknown; country?: boolean }> = [];
  for (const n of nodes) {
    const country = n.label === 'Country';
    if (country || n.props.nameId !== undefined || n.props.descriptionId !== undefined) rows.push({ id: n.id, name: n.props.nameId, description: n.props.descriptionId, country });
  }
  return indonesianOf(rows);
}
