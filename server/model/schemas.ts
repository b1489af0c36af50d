// One zod schema per dataset file. Keys are the CSV column names (snake_case), so the same schema
// checks a CSV row and a JSON bundle row. Every type in the model comes from these via z.infer.
// Each column carries its documentation as zod metadata (what it holds in English and Bahasa
// Indonesia, its unit): the workbook's README sheet and header comments are written from it.
import { z } from 'zod';
import {
  estimateFlag,
  idField,
  latitude,
  longitude,
  optionalAmount,
  optionalCount,
  optionalText,
  optionalYear,
  requiredAmount,
  requiredText,
  requiredYear,
  textList,
  tierField,
} from './fields.ts';
import { componentHsField, hsField, iso3Field, shareField, unitField, usdField } from './trade-fields.ts';

/** A column's documentation: what it holds (English, Bahasa Indonesia) and its unit. */
const doc = (en: string, id: string, unit?: string) => (unit ? { en, id, unit } : { en, id });

const provenance = {
  source: optionalText().meta(doc('Where the row\'s facts come from (report, survey, news item).', 'Asal data baris ini (laporan, survei, berita).')),
  estimate: estimateFlag().meta(doc('true when the values are an estimate rather than a reported figure.', 'true bila nilainya perkiraan, bukan angka yang dilaporkan.')),
};

// A source that is a sentence ("illustrative estimate, see seed/README.md") in Bahasa Indonesia, for
// the pages and answers that speak it; a source that is a name (BPS, Kompas 2019) needs none. Last in
// each file, after every column a row already had, so a workbook's columns stay where they were.
const sourceInIndonesian = optionalText().meta(
  doc(
    'The row\'s `source` in Bahasa Indonesia (optional), where it is a sentence rather than a name: shown instead of `source` when the page or the answer is in Indonesian.',
    'Kolom `source` baris ini dalam bahasa Indonesia (opsional), bila berupa kalimat dan bukan nama: ditampilkan sebagai ganti `source` bila halaman atau jawaban berbahasa Indonesia.',
  ),
);

const idDoc = (en: string, id: string) => idField().meta(doc(`${en} Unique across all node sheets; no ";".`, `${id} Unik di semua lembar simpul; tanpa ";".`));
const nameDoc = (en: string, id: string) => requiredText().meta(doc(en, id));
// `name` is the name every answer uses; `name_id`, when given, replaces it wherever the product
// speaks Bahasa Indonesia (server/names): the vocabulary of components, processes, materials and
// programmes reads as an Indonesian analyst writes it; a firm may have one where its name describes
// it in English. Clusters and countries need none (proper names; countries come from the runtime's
// ICU in the reader's language).
const nameInIndonesian = (en: string, id: string, example: string) =>
  optionalText().meta(
    doc(
      `The ${en} name in Bahasa Indonesia (optional; shown instead of name when the page or the answer is in Indonesian), e.g. ${example}.`,
      `Nama ${id} dalam bahasa Indonesia (opsional; dipakai sebagai pengganti name bila halaman atau jawaban berbahasa Indonesia), mis. ${example}.`,
    ),
  );
const province = optionalText().meta(doc('Province, by its Indonesian name as BPS writes it (Jawa Tengah, DKI Jakarta).', 'Provinsi, dengan nama resmi seperti yang ditulis BPS (Jawa Tengah, DKI Jakarta).'));
const regency = optionalText().meta(doc('Regency or city (kabupaten/kota).', 'Kabupaten/kota.'));
const lat = latitude().meta(doc('Latitude (WGS 84).', 'Lintang (WGS 84).', 'degrees'));
const lon = longitude().meta(doc('Longitude (WGS 84).', 'Bujur (WGS 84).', 'degrees'));
const unitsPerYear = optionalCount().meta(doc('Units a year.', 'Unit per tahun.', 'units/year'));

export const clusterRow = z.strictObject({
  id: idDoc('Cluster id (sentra IKM).', 'Id sentra IKM.'),
  name: nameDoc('Cluster name, e.g. Sentra IKM Logam Ceper.', 'Nama sentra, mis. Sentra IKM Logam Ceper.'),
  province,
  regency,
  lat,
  lon,
  units: optionalCount().meta(doc('Number of IKM business units in the cluster.', 'Jumlah unit usaha IKM di sentra.', 'units')),
  workers: optionalCount().meta(doc('Workers in the cluster.', 'Jumlah tenaga kerja di sentra.', 'people')),
  ...provenance,
  source_id: sourceInIndonesian,
});

export const firmRow = z.strictObject({
  id: idDoc('Firm id.', 'Id perusahaan.'),
  name: nameDoc('Firm name.', 'Nama perusahaan.'),
  tier: tierField().meta(doc('OEM (vehicle maker), TIER1, TIER2, IKM (small and medium industry) or BUYER (large non-automotive buyer).', 'OEM (produsen kendaraan), TIER1, TIER2, IKM (industri kecil dan menengah) atau BUYER (industri besar non-otomotif).')),
  sector: optionalText().meta(doc('Sector, e.g. foundry, machining.', 'Sektor, mis. pengecoran, permesinan.')),
  cluster: optionalText().meta(doc('Id of the cluster the firm belongs to (clusters sheet).', 'Id sentra tempat perusahaan bernaung (lembar clusters).')),
  province,
  regency,
  lat,
  lon,
  employees: optionalCount().meta(doc('Employees.', 'Jumlah karyawan.', 'people')),
  capacity_tonnes: optionalAmount().meta(doc('Production capacity.', 'Kapasitas produksi.', 'tonnes/year')),
  certifications: textList().meta(doc('Certifications held, ";"-separated (ISO 9001; IATF 16949).', 'Sertifikasi yang dimiliki, dipisah ";" (ISO 9001; IATF 16949).')),
  ...provenance,
  // Last, after the columns every firm fills: few firms need it, and a workbook's columns stay where they were.
  name_id: optionalText().meta(
    doc(
      'The firm\'s name as Indonesian pages show it (optional): for a name that describes the firm in English, such as a stand-in "IKM Ceper 04 (manhole covers)". A registered name needs none.',
      'Nama perusahaan sebagaimana ditampilkan di halaman berbahasa Indonesia (opsional): untuk nama yang menerangkan perusahaan dalam bahasa Inggris, mis. nama pengganti "IKM Ceper 04 (manhole covers)". Nama resmi tidak memerlukannya.',
    ),
  ),
  sector_id: optionalText().meta(doc('The sector in Bahasa Indonesia (optional; shown when the page is in Indonesian), e.g. pengecoran, permesinan.', 'Sektor dalam bahasa Indonesia (opsional; ditampilkan bila halaman berbahasa Indonesia), mis. pengecoran, permesinan.')),
  source_id: sourceInIndonesian,
});

export const processRow = z.strictObject({
  id: idDoc('Process id.', 'Id proses.'),
  name: nameDoc('Process name, e.g. sand casting.', 'Nama proses, mis. pengecoran pasir.'),
  name_id: nameInIndonesian('process', 'proses', 'pengecoran pasir besi cor kelabu'),
  description: optionalText().meta(doc('What the process is.', 'Penjelasan proses.')),
  description_id: optionalText().meta(doc('The description in Bahasa Indonesia (optional; shown when the page is in Indonesian).', 'Penjelasan dalam bahasa Indonesia (opsional; ditampilkan bila halaman berbahasa Indonesia).')),
});
export const materialRow = z.strictObject({
  id: idDoc('Material id.', 'Id bahan.'),
  name: nameDoc('Material name, e.g. grey iron FC250.', 'Nama bahan, mis. besi cor kelabu FC250.'),
  name_id: nameInIndonesian('material', 'bahan', 'besi cor kelabu FC250'),
  standard: optionalText().meta(doc('Standard the material follows (JIS, SNI).', 'Standar bahan (JIS, SNI).')),
});
export const countryRow = z.strictObject({
  id: idDoc('ISO 3166 alpha-3 code, e.g. JPN.', 'Kode ISO 3166 alfa-3, mis. JPN.'),
  name: nameDoc('Country name.', 'Nama negara.'),
  name_id: optionalText().meta(
    doc(
      'The country\'s name in Bahasa Indonesia, for a code that is not an ISO country (optional; a user-assigned code such as XAA or EUN). ISO countries are named in Indonesian from their code.',
      'Nama negara dalam bahasa Indonesia, untuk kode yang bukan negara ISO (opsional; kode buatan pengguna seperti XAA atau EUN). Negara ISO dinamai dalam bahasa Indonesia dari kodenya.',
    ),
  ),
});
export const programRow = z.strictObject({
  id: idDoc('Programme id.', 'Id program.'),
  name: nameDoc('Programme name (link and match, restrukturisasi mesin dan peralatan, SMIDeP).', 'Nama program (link and match, restrukturisasi mesin dan peralatan, SMIDeP).'),
  name_id: nameInIndonesian('programme', 'program', 'program restrukturisasi mesin dan peralatan IKM'),
});

export const componentRow = z.strictObject({
  id: idDoc('Component id.', 'Id komponen.'),
  name: nameDoc('Component name, e.g. brake drum.', 'Nama komponen, mis. tromol rem.'),
  name_id: nameInIndonesian('component', 'komponen', 'tromol rem'),
  hs: componentHsField().meta(doc('HS code, as text (8708.30, 870830).', 'Kode HS, sebagai teks (8708.30, 870830).')),
  category: optionalText().meta(doc('Category, e.g. casting.', 'Kategori, mis. coran.')),
  material: optionalText().meta(doc('Id of the material it is made of (materials sheet).', 'Id bahan pembuatnya (lembar materials).')),
  processes: textList().meta(doc('Ids of the processes it needs, ";"-separated (processes sheet).', 'Id proses yang dibutuhkan, dipisah ";" (lembar processes).')),
  mass_kg: optionalAmount().meta(doc('Mass of one unit.', 'Massa per unit.', 'kg')),
  unit_price_usd: optionalAmount().meta(doc('Price of one unit.', 'Harga per unit.', 'USD')),
  tolerance_mm: optionalAmount().meta(doc('Tightest tolerance the component needs.', 'Toleransi paling ketat yang dibutuhkan.', 'mm')),
  certification: optionalText().meta(doc('Certification a supplier needs (e.g. IATF 16949).', 'Sertifikasi yang harus dimiliki pemasok (mis. IATF 16949).')),
  ...provenance,
  source_id: sourceInIndonesian,
});

export const capabilityRow = z.strictObject({
  firm: idField().meta(doc('Firm id (firms sheet).', 'Id perusahaan (lembar firms).')),
  process: idField().meta(doc('Process id the firm can do (processes sheet).', 'Id proses yang dikuasai (lembar processes).')),
  material: optionalText().meta(doc('Material id it works in this process (materials sheet).', 'Id bahan yang dikerjakan (lembar materials).')),
  tolerance_mm: optionalAmount().meta(doc('Tolerance the firm holds.', 'Toleransi yang dapat dicapai.', 'mm')),
  capacity_tonnes: optionalAmount().meta(doc('Capacity for this process.', 'Kapasitas untuk proses ini.', 'tonnes/year')),
  ...provenance,
  source_id: sourceInIndonesian,
});

export const makesRow = z.strictObject({
  firm: idField().meta(doc('Firm id (firms sheet).', 'Id perusahaan (lembar firms).')),
  component: idField().meta(doc('Component id (components sheet).', 'Id komponen (lembar components).')),
  units_per_year: unitsPerYear,
  ...provenance,
  source_id: sourceInIndonesian,
});

export const needsRow = makesRow;

export const supplyRow = z.strictObject({
  supplier: idField().meta(doc('Supplying firm id (firms sheet).', 'Id perusahaan pemasok (lembar firms).')),
  buyer: idField().meta(doc('Buying firm id (firms sheet).', 'Id perusahaan pembeli (lembar firms).')),
  component: idField().meta(doc('Component id (components sheet).', 'Id komponen (lembar components).')),
  units_per_year: unitsPerYear,
  value_usd: optionalAmount().meta(doc('Value a year.', 'Nilai per tahun.', 'USD/year')),
  since: optionalYear().meta(doc('Year the supply began.', 'Tahun mulai memasok.', 'year')),
  ...provenance,
  source_id: sourceInIndonesian,
});

export const importRow = z.strictObject({
  buyer: idField().meta(doc('Importing firm id (firms sheet).', 'Id perusahaan pengimpor (lembar firms).')),
  component: idField().meta(doc('Component id (components sheet).', 'Id komponen (lembar components).')),
  country: idField().meta(doc('Origin country id (countries sheet).', 'Id negara asal (lembar countries).')),
  year: requiredYear().meta(doc('Year of the imports.', 'Tahun impor.', 'year')),
  value_usd: requiredAmount().meta(doc('Imported value in that year.', 'Nilai impor pada tahun itu.', 'USD')),
  units: optionalCount().meta(doc('Imported units in that year.', 'Jumlah unit impor pada tahun itu.', 'units')),
  ...provenance,
  source_id: sourceInIndonesian,
});

export const enrolmentRow = z.strictObject({
  firm: idField().meta(doc('Firm id (firms sheet).', 'Id perusahaan (lembar firms).')),
  program: idField().meta(doc('Programme id (programs sheet).', 'Id program (lembar programs).')),
  year: optionalYear().meta(doc('Year of enrolment.', 'Tahun keikutsertaan.', 'year')),
});

// The trade files (issue 15), all optional: national imports by HS code and origin (trade.csv, the
// reporter is the country the dataset is about, Indonesia for the seed), the concordance from HS
// codes to components (hs_components.csv) and a world table of exports by country and HS code
// (world_trade.csv) for product complexity. `rantai trade convert` writes trade.csv and
// world_trade.csv from UN Comtrade and CEPII BACI files.
const hsDoc = (en: string, id: string) => hsField().meta(doc(`${en} 4 digits (heading) or 6 digits (subheading), as text; "8708.30" is read as 870830.`, `${id} 4 digit (pos) atau 6 digit (subpos), sebagai teks; "8708.30" dibaca 870830.`));
const tradeSource = optionalText().meta(
  doc('Where the figures come from, with the HS revision (e.g. "UN Comtrade, HS 2017, downloaded 2024-05-02"; BPS; CEPII BACI HS17 V202401).', 'Asal angka, dengan revisi HS (mis. "UN Comtrade, HS 2017, diunduh 2024-05-02"; BPS; CEPII BACI HS17 V202401).'),
);

// A source is usually a name (BPS, UN Comtrade), the same in both languages; an estimate's source
// is a sentence, which an Indonesian briefing should not quote in English.
const tradeSourceId = optionalText().meta(
  doc(
    'Where the figures come from, in Bahasa Indonesia, when `source` is a sentence rather than a name (an estimate’s method): what the product says in Indonesian; without it, `source` is said in both languages.',
    'Asal angka dalam bahasa Indonesia, bila `source` berupa kalimat dan bukan nama (cara suatu perkiraan dibuat): yang dipakai produk dalam bahasa Indonesia; tanpa kolom ini, `source` dipakai dalam kedua bahasa.',
  ),
);

export const tradeRow = z.strictObject({
  year: requiredYear().meta(doc('Year of the imports.', 'Tahun impor.', 'year')),
  hs: hsDoc('HS code of the imported goods.', 'Kode HS barang impor.'),
  origin: iso3Field().meta(doc('Origin country (partner), ISO 3166 alpha-3; an id of the countries sheet.', 'Negara asal (mitra), ISO 3166 alfa-3; id di lembar countries.')),
  value_usd: usdField().meta(doc('Value imported from that origin in that year (CIF), in US dollars.', 'Nilai impor dari negara asal itu pada tahun itu (CIF), dalam dolar AS.', 'USD')),
  quantity: optionalAmount().meta(doc('Quantity imported, in `unit`.', 'Jumlah impor, dalam `unit`.')),
  unit: unitField().meta(doc('Unit of the quantity (kg, t, u = items); one unit per HS code.', 'Satuan jumlah (kg, t, u = buah); satu satuan per kode HS.')),
  source: tradeSource,
  source_id: tradeSourceId,
});

export const hsComponentRow = z.strictObject({
  hs: hsDoc('HS code (as trade.csv and world_trade.csv write it).', 'Kode HS (seperti di trade.csv dan world_trade.csv).'),
  component: idField().meta(doc('Component id (components sheet).', 'Id komponen (lembar components).')),
  share: shareField().meta(doc('Part of the HS code’s trade value that is this component, more than 0 and at most 1; the shares of one HS code add up to at most 1.', 'Bagian nilai perdagangan kode HS yang merupakan komponen ini, lebih dari 0 dan paling besar 1; jumlah bagian satu kode HS paling besar 1.', 'share 0..1')),
  source: optionalText().meta(doc('What the share rests on (survey, BPS HS10 lines, estimate).', 'Dasar bagian ini (survei, pos HS10 BPS, perkiraan).')),
  source_id: sourceInIndonesian,
});

export const worldTradeRow = z.strictObject({
  year: requiredYear().meta(doc('Year of the exports.', 'Tahun ekspor.', 'year')),
  exporter: iso3Field().meta(doc('Exporting country, ISO 3166 alpha-3; an id of the countries sheet.', 'Negara pengekspor, ISO 3166 alfa-3; id di lembar countries.')),
  hs: hsDoc('HS code of the exported goods.', 'Kode HS barang ekspor.'),
  value_usd: usdField().meta(doc('Value exported to the world in that year, in US dollars.', 'Nilai ekspor ke seluruh dunia pada tahun itu, dalam dolar AS.', 'USD')),
  source: tradeSource,
  source_id: tradeSourceId,
});

/** The dataset: one array of parsed rows per file (file name without `.csv`). */
export const datasetSchema = z.object({
  clusters: z.array(clusterRow),
  firms: z.array(firmRow),
  processes: z.array(processRow),
  materials: z.array(materialRow),
  countries: z.array(countryRow),
  components: z.array(componentRow),
  capabilities: z.array(capabilityRow),
  makes: z.array(makesRow),
  needs: z.array(needsRow),
  supplies: z.array(supplyRow),
  imports: z.array(importRow),
  programs: z.array(programRow),
  enrolments: z.array(enrolmentRow),
  // Optional in the type as well: code that builds a Dataset by hand need not name them.
  trade: z.array(tradeRow).optional(),
  hs_components: z.array(hsComponentRow).optional(),
  world_trade: z.array(worldTradeRow).optional(),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetFile = keyof Dataset;
export type ClusterRow = z.infer<typeof clusterRow>;
export type FirmRow = z.infer<typeof firmRow>;
export type ComponentRow = z.infer<typeof componentRow>;
export type CapabilityRow = z.infer<typeof capabilityRow>;
export type MakesRow = z.infer<typeof makesRow>;
export type SupplyRow = z.infer<typeof supplyRow>;
export type ImportRow = z.infer<typeof importRow>;
export type TradeRow = z.infer<typeof tradeRow>;
export type HsComponentRow = z.infer<typeof hsComponentRow>;
export type WorldTradeRow = z.infer<typeof worldTradeRow>;
