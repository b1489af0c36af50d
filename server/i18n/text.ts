// A sentence not yet written in a language: a catalogue key and its parameters. Errors and dataset
// problems are raised deep inside the reader, the validator or the upload code, which do not know
// who will read them; they carry a Text (the message's code and its parameters), and whoever
// answers (the API's error handler, the upload route, the CLI) writes it in the reader's language.
// Parameters are data, so a Text is plain JSON:
//   "text"                              as it is (names, ids, quoted values, line numbers)
//   12.5                                a value: "12.5" in English, "12,5" in Indonesian (1.234,5)
//   { grouped: 1234, digits?: 1 }       a count with its thousands grouped: "1,234" / "1.234"
//   { bytes: 52428800 }                 a size: "50 MB", "512 KB", "100 bytes" / "… bita"
//   { key, params }                     another Text (a reason inside a sentence)
//   { join: [a, b, …] }                 parameters written one after the other, ", " between them
//   { perLang: { en: …, id: … } }       already written per language (zod's own English message)
import { CATALOGUE, type EN, type MessageKey } from './catalogue.ts';
import { decimal } from './format.ts';
import type { Lang } from './lang.ts';
import { compile, fillParts, type PlaceholderNames } from './template.ts';

export interface Grouped {
  grouped: number;
  /** Decimals kept at most (default 0). */
  digits?: number;
}
export interface Bytes {
  bytes: number;
}
export interface PerLang {
  perLang: Readonly<Record<Lang, TextParam>>;
}
export interface Joined {
  join: readonly TextParam[];
}
export type TextParam = string | number | Grouped | Bytes | PerLang | Joined | Text;

export interface Text {
  key: MessageKey;
  params?: Readonly<Record<string, TextParam>>;
}

/** The parameters of a message as Text parameters: none for a template without placeholders. */
export type TextArgs<K extends MessageKey> = [PlaceholderNames<(typeof EN)[K]>] extends [never] ? [] : [{ [P in PlaceholderNames<(typeof EN)[K]>]: TextParam }];

/** A Text for a key; its parameters are type-checked against the English template's placeholders. */
export function text<K extends MessageKey>(key: K, ...args: TextArgs<K>): Text {
  const params = args[0] as Record<string, TextParam> | undefined;
  return params === undefined ? { key } : { key, params };
}

export const isText = (x: unknown): x is Text =>
  typeof x === 'object' && x !== null && typeof (x as Text).key === 'string' && (x as Text).key in CATALOGUE.en;

const COMPILED = new Map<string, readonly string[]>();
const compiled = (lang: Lang, key: MessageKey): readonly string[] => {
  const id = `${lang}\u0000${key}`;
  let parts = COMPILED.get(id);
  if (!parts) {
    parts = compile(CATALOGUE[lang][key]);
    COMPILED.set(id, parts);
  }
  return parts;
};

/** "50 MB", "12.5 MB", "512 KB", "100 bytes" (Indonesian: "12,5 MB", "100 bita"). */
function sizeIn(lang: Lang, bytes: number): string {
  const MB = 1024 * 1024;
  if (bytes >= MB) return `${decimal(lang, Number((bytes / MB).toFixed(bytes % MB === 0 ? 0 : 1)))} MB`;
  if (bytes >= 1024) return `${decimal(lang, Math.ceil(bytes / 1024))} KB`;
  return render(lang, { key: 'size.bytes', params: { n: bytes } });
}

/** One parameter written in a language. */
export function renderParam(lang: Lang, p: TextParam): string {
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return decimal(lang, p);
  if ('grouped' in p) return p.grouped.toLocaleString(lang === 'id' ? 'id-ID' : 'en', { maximumFractionDigits: p.digits ?? 0 });
  if ('bytes' in p) return sizeIn(lang, p.bytes);
  if ('perLang' in p) return renderParam(lang, p.perLang[lang]);
  if ('join' in p) return p.join.map((x) => renderParam(lang, x)).join(', ');
  return render(lang, p);
}

/** A Text written in a language. */
export function render(lang: Lang, t: Text): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(t.params ?? {})) params[name] = renderParam(lang, value);
  return fillParts(compiled(lang, t.key), params);
}
