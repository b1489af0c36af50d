// What the complexity computation warns about, as {code, message, year, …parameters}: a stable
// code for programs, the parameters the message is built from, and the message in English or
// Bahasa Indonesia (the same warning rendered by warningMessage()). The codes:
//   duplicates      later duplicates of a location–product row were ignored (rows)
//   zero-totals     rows of locations or products with a total of 0 were left out (rows)
//   zero-degree     some location has diversity 0 or some product ubiquity 0 (their ECI/PCI empty)
//   eci-undefined   the eigenvector method fails outright (reason: too-small, degenerate, no-sign)
//   eci-no-spread   all ECI values equal; ECI, PCI, COI, COG empty
//   coi-no-spread   all COI values equal; COI empty
//   disconnected    M splits into blocks (blocks.ts): ECI/PCI are not defined across them (blocks)
//   eigengap        1 − λ2 is (near) zero: all but disconnected, ECI/PCI not defined (eigenvalues)
//   eigenvalue-tie  λ2 = λ3 (near enough): the eigenvector is not unique (eigenvalues)
// The last three leave the values as the Growth Lab's ecomplexity computes them (they are what
// the package would print), but say that they rank nothing.
import { z } from 'zod';
import { WARNING_CODES, type WarningCode } from './codes.ts';

export { UNDEFINED_ECI_CODES, WARNING_CODES, type WarningCode } from './codes.ts';

// The product's languages (server/i18n), under the names this module's callers use.
export { LANGS as WARNING_LANGS, type Lang as WarningLang } from '../../i18n/lang.ts';
import type { Lang as WarningLang } from '../../i18n/lang.ts';

const blockShape = z.object({ locations: z.array(z.string()), products: z.array(z.string()) });

export const complexityWarningShape = z.object({
  code: z.enum(WARNING_CODES),
  message: z.string(),
  /** The year the warning is about; null for a table without years. */
  year: z.string().nullable(),
  /** duplicates, zero-totals: how many input rows. */
  rows: z.number().int().optional(),
  /** eci-undefined: fewer than 2 locations or products, second eigenvalue 0, or no sign. */
  reason: z.enum(['too-small', 'degenerate', 'no-sign']).optional(),
  /** disconnected: the blocks, largest first, with their locations and products. */
  blocks: z.array(blockShape).optional(),
  /** eigengap: [λ2]; eigenvalue-tie: [λ2, λ3] (λ1 = 1). */
  eigenvalues: z.array(z.number()).optional(),
});
export type ComplexityWarning = z.infer<typeof complexityWarningShape>;
export type WarningFacts = Omit<ComplexityWarning, 'message'>;

const number = (lang: WarningLang, x: number, digits: number): string =>
  new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits }).format(x);

const SHOWN_BLOCKS = 6;

const blockSizes = (w: WarningFacts, lang: WarningLang): string => {
  const blocks = w.blocks ?? [];
  const sizes = blocks.slice(0, SHOWN_BLOCKS).map((b) => `${number(lang, b.locations.length, 0)} × ${number(lang, b.products.length, 0)}`);
  if (blocks.length > SHOWN_BLOCKS) sizes.push('…');
  return sizes.join(', ');
};

const REASONS: Record<WarningLang, Record<NonNullable<ComplexityWarning['reason']>, string>> = {
  en: {
    'too-small': 'fewer than 2 locations or products',
    degenerate: 'the second eigenvalue is 0: all locations make the same products',
    'no-sign': 'diversity is uncorrelated with the eigenvector, so it has no sign',
  },
  id: {
    'too-small': 'kurang dari 2 lokasi atau produk',
    degenerate: 'nilai eigen kedua 0: semua lokasi membuat produk yang sama',
    'no-sign': 'diversitas tidak berkorelasi dengan vektor eigen, sehingga tandanya tidak dapat ditentukan',
  },
};

type Template = (w: WarningFacts, lang: WarningLang) => string;

const TEMPLATES: Record<WarningLang, Record<WarningCode, Template>> = {
  en: {
    duplicates: (w) => `${w.rows} duplicate location–product row(s); the first of each is kept`,
    'zero-totals': (w) => `${w.rows} row(s) of locations or products with a total of 0 left out`,
    'zero-degree': () => 'diversity or ubiquity is 0 for some locations or products; their ECI or PCI is empty',
    'eci-undefined': (w) => `ECI and PCI are undefined (${REASONS.en[w.reason ?? 'degenerate']}); ECI, PCI, COI and COG are empty`,
    'eci-no-spread': () => 'ECI has no spread; ECI, PCI, COI and COG are empty',
    'coi-no-spread': () => 'COI has no spread; COI is empty',
    disconnected: (w, lang) =>
      `the locations and products with a comparative advantage (M = 1) split into ${w.blocks?.length ?? 0} disconnected blocks ` +
      `(locations × products: ${blockSizes(w, lang)}); the eigenvector behind ECI and PCI is not defined (the eigenvalue 1 repeats), ` +
      'so ECI, PCI, COI and COG rank nothing: compare locations only within a block, or use a larger table',
    eigengap: (w, lang) =>
      `the second eigenvalue (${number(lang, w.eigenvalues?.[0] ?? 1, 9)}) is all but equal to the first (1): the network is all but ` +
      'disconnected, the eigenvector behind ECI and PCI is not defined, and ECI, PCI, COI and COG rank nothing',
    'eigenvalue-tie': (w, lang) =>
      `the second and third eigenvalues are equal (${number(lang, w.eigenvalues?.[0] ?? 0, 6)} and ${number(lang, w.eigenvalues?.[1] ?? 0, 6)}): ` +
      'the eigenvector behind ECI and PCI is not unique, and ECI, PCI, COI and COG rank nothing',
  },
  id: {
    duplicates: (w) => `${w.rows} baris lokasi–produk ganda; dari masing-masing hanya baris pertama yang dipakai`,
    'zero-totals': (w) => `${w.rows} baris dari lokasi atau produk yang totalnya 0 tidak diikutkan`,
    'zero-degree': () => 'diversitas atau ubikuitas bernilai 0 untuk sebagian lokasi atau produk; ECI atau PCI-nya kosong',
    'eci-undefined': (w) => `ECI dan PCI tidak terdefinisi (${REASONS.id[w.reason ?? 'degenerate']}); ECI, PCI, COI dan COG kosong`,
    'eci-no-spread': () => 'ECI tidak memiliki sebaran; ECI, PCI, COI dan COG kosong',
    'coi-no-spread': () => 'COI tidak memiliki sebaran; COI kosong',
    disconnected: (w, lang) =>
      `lokasi dan produk yang memiliki keunggulan komparatif (M = 1) terpecah menjadi ${w.blocks?.length ?? 0} blok yang tidak saling terhubung ` +
      `(lokasi × produk: ${blockSizes(w, lang)}); vektor eigen yang mendasari ECI dan PCI tidak terdefinisi (nilai eigen 1 muncul berulang), ` +
      'sehingga ECI, PCI, COI dan COG tidak dapat dipakai untuk memeringkat: bandingkan lokasi hanya di dalam satu blok, atau gunakan tabel yang lebih besar',
    eigengap: (w, lang) =>
      `nilai eigen kedua (${number(lang, w.eigenvalues?.[0] ?? 1, 9)}) nyaris sama dengan yang pertama (1): jaringan hampir terputus, ` +
      'vektor eigen yang mendasari ECI dan PCI tidak terdefinisi, dan ECI, PCI, COI dan COG tidak dapat dipakai untuk memeringkat',
    'eigenvalue-tie': (w, lang) =>
      `nilai eigen kedua dan ketiga sama (${number(lang, w.eigenvalues?.[0] ?? 0, 6)} dan ${number(lang, w.eigenvalues?.[1] ?? 0, 6)}): ` +
      'vektor eigen yang mendasari ECI dan PCI tidak tunggal, dan ECI, PCI, COI dan COG tidak dapat dipakai untuk memeringkat',
  },
};

const yearLabel = (year: string | null, lang: WarningLang): string =>
  lang === 'id' ? (year === null ? 'semua baris' : `tahun ${year}`) : year === null ? 'all rows' : `year ${year}`;

/** The warning's sentence in a language, led by the year it is about. */
export const warningMessage = (w: WarningFacts, lang: WarningLang = 'en'): string => `${yearLabel(w.year, lang)}: ${TEMPLATES[lang][w.code](w, lang)}`;

/** A warning with its English message. */
export const complexityWarning = ({ code, ...rest }: WarningFacts): ComplexityWarning => ({ code, message: warningMessage({ code, ...rest }), ...rest });

/** The same warnings with their messages in `lang`. */
export const localiseWarnings = (warnings: readonly ComplexityWarning[], lang: WarningLang): ComplexityWarning[] =>
  warnings.map((w) => ({ ...w, message: warningMessage(w, lang) }));
