// The document in a language: every human-readable text (each `description`, `summary` and `title`)
// replaced by its translation, everything else (paths, parameters, schemas, enum values, defaults)
// left as it is, so both languages describe the same API in different words.
import type { Lang } from '../i18n/index.ts';
import { indonesian } from './id/index.ts';
import type { JsonSchema } from './json-schema.ts';

const TEXT_KEYS = new Set(['description', 'summary', 'title']);
/** Values that are data the API takes or gives, not words of the document, whatever keys they hold. */
const DATA_KEYS = new Set(['default', 'const', 'enum', 'examples', 'example']);

function mapTexts(value: unknown, translate: (text: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => mapTexts(v, translate));
  if (value === null || typeof value !== 'object') return value;
  const out: JsonSchema = {};
  for (const [key, v] of Object.entries(value)) {
    if (DATA_KEYS.has(key)) out[key] = v;
    else if (TEXT_KEYS.has(key) && typeof v === 'string') out[key] = translate(v);
    else out[key] = mapTexts(v, translate);
  }
  return out;
}

/** Every text of the document, once each, in the order first met. */
export function documentTexts(doc: JsonSchema): string[] {
  const texts = new Set<string>();
  mapTexts(doc, (text) => {
    texts.add(text);
    return text;
  });
  return [...texts];
}

/** Texts of the document the Indonesian catalogue lacks (a test keeps this empty). */
export const untranslatedTexts = (doc: JsonSchema): string[] => documentTexts(doc).filter((text) => indonesian(text) === undefined);

/**
 * The document in `lang` (a copy; the English one is returned as it is). A text the catalogue lacks
 * stays English rather than failing the route.
 */
export function localiseDocument(doc: JsonSchema, lang: Lang): JsonSchema {
  return lang === 'en' ? doc : (mapTexts(doc, (text) => indonesian(text) ?? text) as JsonSchema);
}
