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
  hsComponentRow,
  importRow,
  makesRow,
  materialRow,
  needsRow,
  processRow,
  programRow,
  supplyRow,
  tradeRow,
  worldTradeRow,
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
  /**
   * false for the dataset's core files, which every complete dataset holds (even if only as a
   * header row); an optional file that is left out is empty. A partial upload says mode=merge.
   */
  optional: boolean;
  /** What the file holds, in English and Bahasa Indonesia (workbook README sheet, docs). */
  doc: { en: string; id: string };
}

const columnsOf = (schema: z.ZodObject): string[] => Object.keys(schema.shape);

const spec = (
  name: DatasetFile,
  schema: z.ZodObject,
  required: string[],
  key: string[],
  references: Reference[] = [],
  label?: string,
): FileSpec => ({ name, schema, columns: columnsOf(schema), required, key, references, label, optional: OPTIONAL.has(name), doc: FILE_DOCS[name] });

/** Files a dataset may leave out (no programmes recorded): everything else is core. */
const OPTIONAL: ReadonlySet<DatasetFile> = new Set<DatasetFile>(['programs', 'enrolments', 'trade', 'hs_components', 'world_trade']);

const FILE_DOCS: Record<DatasetFile, { en: string; id: string }> = {
  clusters: { en: 'Regional clusters of small and medium metal industry (sentra IKM logam).', id: 'Sentra IKM logam di daerah.' },
  processes: { en: 'Manufacturing processes (casting, forging, machining, …).', id: 'Proses produksi (pengecoran, penempaan, permesinan, …).' },
  materials: { en: 'Materials components are made of.', id: 'Bahan pembuat komponen.' },
  countries: { en: 'Countries components are imported from.', id: 'Negara asal impor komponen.' },
  programs: { en: 'Ministry programmes (link and match, restrukturisasi mesin dan peralatan, SMIDeP).', id: 'Program Kemenperin (link and match, restrukturisasi mesin dan peralatan, SMIDeP).' },
  firms: { en: 'Firms: vehicle makers (OEM), tier-1 and tier-2 suppliers, IKM and other large buyers (industri besar).', id: 'Perusahaan: produsen kendaraan (OEM), pemasok tier-1 dan tier-2, IKM dan industri besar lain.' },
  components: { en: 'Automotive components with their material, processes and requirements.', id: 'Komponen otomotif beserta bahan, proses dan persyaratannya.' },
  capabilities: { en: 'What each firm can do: a process, in a material, within a tolerance.', id: 'Kemampuan tiap perusahaan: proses, bahan, dan toleransi.' },
  makes: { en: 'Components a firm produces today.', id: 'Komponen yang kini diproduksi perusahaan.' },
  needs: { en: 'Components a buyer needs.', id: 'Komponen yang dibutuhkan pembeli.' },
  supplies: { en: 'Supply links: supplier → buyer for a component.', id: 'Hubungan pasok: pemasok → pembeli untuk satu komponen.' },
  imports: { en: 'Imports of a component by a buyer from a country in a year.', id: 'Impor komponen oleh pembeli dari suatu negara pada suatu tahun.' },
  enrolments: { en: 'Firms enrolled in a programme.', id: 'Perusahaan peserta program.' },
  trade: {
    en: 'National imports by HS code, origin country and year (UN Comtrade, BPS; `rantai trade convert` writes it from a Comtrade or BACI file).',
    id: 'Impor nasional menurut kode HS, negara asal dan tahun (UN Comtrade, BPS; `rantai trade convert` membuatnya dari berkas Comtrade atau BACI).',
  },
  hs_components: {
    en: 'Concordance from HS codes to components: the share of an HS code\'s trade that is each component.',
    id: 'Padanan kode HS ke komponen: bagian perdagangan suatu kode HS yang merupakan tiap komponen.',
  },
  world_trade: {
    en: 'World exports by country, HS code and year (CEPII BACI, UN Comtrade): the table product complexity (PCI) is computed from.',
    id: 'Ekspor dunia menurut negara, kode HS dan tahun (CEPII BACI, UN Comtrade): tabel dasar perhitungan kompleksitas produk (PCI).',
  },
};

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
  spec('trade', tradeRow, ['year', 'hs', 'origin', 'value_usd'], ['year', 'hs', 'origin'], [{ column: 'origin', target: 'countries' }]),
  spec('hs_components', hsComponentRow, ['hs', 'component', 'share'], ['hs', 'component'], [{ column: 'component', target: 'components' }]),
  spec('world_trade', worldTradeRow, ['year', 'exporter', 'hs', 'value_usd'], ['year', 'exporter', 'hs'], [{ column: 'exporter', target: 'countries' }]),
];

export const FILE_NAMES: readonly DatasetFile[] = FILE_SPECS.map((s) => s.name);
export const specOf = (name: DatasetFile): FileSpec => FILE_SPECS.find((s) => s.name === name)!;
/** The core files: a complete dataset holds each of them. */
export const CORE_FILES: readonly DatasetFile[] = FILE_SPECS.filter((s) => !s.optional).map((s) => s.name);
export const isDatasetFile = (name: string): name is DatasetFile => (FILE_NAMES as readonly string[]).includes(name);
