// What each column of each dataset file holds, read from the zod schemas' metadata (schemas.ts and
// fields.ts): its kind, its allowed values, its unit, whether it is required, which file it points
// at, and its description in English and Bahasa Indonesia. The workbook template, its README sheet
// and the workbook reader all read this, so a file or column added to the schemas appears there.
import type { z } from 'zod';
import type { ColumnKind } from './fields.ts';
import type { FileSpec, Reference } from './files.ts';

export interface ColumnInfo {
  name: string;
  kind: ColumnKind;
  required: boolean;
  /** Allowed values of an enumeration (tier, estimate). */
  values?: readonly string[];
  unit?: string;
  en: string;
  id: string;
  /** The file whose ids this column holds. */
  reference?: Reference;
}

interface ColumnMeta {
  kind?: ColumnKind;
  values?: string[];
  unit?: string;
  en?: string;
  id?: string;
}

export function columnInfo(spec: FileSpec, name: string): ColumnInfo {
  const schema = (spec.schema.shape as Record<string, z.ZodType>)[name];
  const meta = (schema?.meta() ?? {}) as ColumnMeta;
  const info: ColumnInfo = {
    name,
    kind: meta.kind ?? 'text',
    required: spec.required.includes(name),
    en: meta.en ?? name,
    id: meta.id ?? name,
  };
  if (meta.values) info.values = meta.values;
  if (meta.unit) info.unit = meta.unit;
  const reference = spec.references.find((r) => r.column === name);
  if (reference) info.reference = reference;
  return info;
}

export const columnsOf = (spec: FileSpec): ColumnInfo[] => spec.columns.map((c) => columnInfo(spec, c));

/** Kinds whose cells are numbers. */
export const NUMERIC_KINDS: ReadonlySet<ColumnKind> = new Set<ColumnKind>(['amount', 'count', 'latitude', 'longitude', 'year']);
