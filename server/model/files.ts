// The dataset's files: their row schema, columns, composite keys and references. The validator,
// the CSV writer and the graph mapping all read this table, so a new column is added in one place.
import type { z } from 'zod';
import {
  capabilityRow,
  clusterRow,
  componentRow,
  countryRow,
  enrolmentRow,
  firmRow,
  importRow,
  makesRow,
  materialRow,
  needsRow,
  processRow,
  programRow,
  supplyRow,
  type DatasetFile,
} from './schemas.ts';

/** A column whose value(s) must be the id of a row in another file. */
export interface Reference {
  column: string;
  target: DatasetFile;
  /** true when the cell is a `;`-list of ids. */
  list?: boolean;
}

export interface FileSpec {
  name: DatasetFile;
  schema: z.ZodObject;
  columns: readonly string[];
  required: readonly string[];
  /** Columns that identify a row; duplicates are an error. Node files use `id`. */
  key: readonly string[];
  references: readonly Reference[];
  /** Node label for node files; undefined for relationship files. */
  label?: string;
}

const columnsOf = (schema: z.ZodObject): string[] => Object.keys(schema.shape);

const spec = (
  name: DatasetFile,
  schema: z.ZodObject,
  required: string[],
  key: string[],
  references: Reference[] = [],
  label?: string,
): FileSpec => ({ name, schema, columns: columnsOf(schema), required, key, references, label });

export const FILE_SPECS: readonly FileSpec[] = [
  spec('clusters', clusterRow, ['id', 'name'], ['id'], [], 'Cluster'),
  spec('processes', processRow, ['id', 'name'], ['id'], [], 'Process'),
  spec('materials', materialRow, ['id', 'name'], ['id'], [], 'Material'),
  spec('countries', countryRow, ['id', 'name'], ['id'], [], 'Country'),
  spec('programs', programRow, ['id', 'name'], ['id'], [], 'Program'),
  spec('firms', firmRow, ['id', 'name', 'tier'], ['id'], [{ column: 'cluster', target: 'clusters' }], 'Firm'),
  spec(
    'components',
    componentRow,
    ['id', 'name'],
    ['id'],
    [
      { column: 'material', target: 'materials' },
      { column: 'processes', target: 'processes', list: true },
    ],
    'Component',
  ),
  spec('capabilities', capabilityRow, ['firm', 'process'], ['firm', 'process', 'material'], [
    { column: 'firm', target: 'firms' },
    { column: 'process', target: 'processes' },
    { column: 'material', target: 'materials' },
  ]),
  spec('makes', makesRow, ['firm', 'component'], ['firm', 'component'], [
    { column: 'firm', target: 'firms' },
    { column: 'component', target: 'components' },
  ]),
  spec('needs', needsRow, ['firm', 'component'], ['firm', 'component'], [
    { column: 'firm', target: 'firms' },
    { column: 'component', target: 'components' },
  ]),
  spec('supplies', supplyRow, ['supplier', 'buyer', 'component'], ['supplier', 'buyer', 'component'], [
    { column: 'supplier', target: 'firms' },
    { column: 'buyer', target: 'firms' },
    { column: 'component', target: 'components' },
  ]),
  spec('imports', importRow, ['buyer', 'component', 'country', 'year', 'value_usd'], ['buyer', 'component', 'country', 'year'], [
    { column: 'buyer', target: 'firms' },
    { column: 'component', target: 'components' },
    { column: 'country', target: 'countries' },
  ]),
  spec('enrolments', enrolmentRow, ['firm', 'program'], ['firm', 'program'], [
    { column: 'firm', target: 'firms' },
    { column: 'program', target: 'programs' },
  ]),
];

export const FILE_NAMES: readonly DatasetFile[] = FILE_SPECS.map((s) => s.name);
export const specOf = (name: DatasetFile): FileSpec => FILE_SPECS.find((s) => s.name === name)!;
export const isDatasetFile = (name: string): name is DatasetFile => (FILE_NAMES as readonly string[]).includes(name);
