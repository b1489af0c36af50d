// The languages the product writes in, and which one a request asks for. A route that writes
// sentences takes `lang=en|id` in its query (validated by its zod shape); without it the request's
// Accept-Language decides (RFC 9110 §12.5.4: the supported tag with the highest q, ties in the
// order given; `id`, `id-ID` and the old code `in` mean Bahasa Indonesia); otherwise English.
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { text } from './text.ts';

export const LANGS = ['en', 'id'] as const;
export const LangSchema = z.enum(LANGS, { error: `lang must be one of ${LANGS.join(', ')}` });
export type Lang = z.infer<typeof LangSchema>;
export const DEFAULT_LANG: Lang = 'en';

/**
 * A language as a request may write it: en, id, or a tag of either as Accept-Language takes them
 * (id-ID, ID, in, en-GB), so `?lang=id-ID` asks for what `Accept-Language: id-ID` asks for.
 */
export const LangTagSchema = z.preprocess((value) => (typeof value === 'string' ? (langOfTag(value) ?? value) : value), LangSchema);

/** The `lang` query parameter of every route that writes sentences. */
export const langParam = LangTagSchema.optional().describe(
  'en | id: the language of sentences and labels (explanations, evidence, summaries, lever, status, tier and category names). Without it the Accept-Language header decides (id, id-ID, in → id); otherwise en. Components, processes, materials, programmes and firms are named by their Indonesian name (the dataset\'s name_id) in id where the dataset gives one, by name otherwise.',
);

/** `lang` on a route that answers data only: it chooses the language of an error message. */
export const errorLangParam = LangTagSchema.optional().describe(
  'en | id: the language of an error message. Without it the Accept-Language header decides (id, id-ID, in → id); otherwise en.',
);

/** The query of a route whose only parameter is the language of an error (a misspelt parameter is refused, not ignored). */
export const errorLangQueryShape = z.strictObject({ lang: errorLangParam });

/**
 * The query of the probes (GET /api/health, /api/ready): `lang`, and any other parameter ignored. A
 * monitor that adds a cache-busting parameter (`?_=1733580000`) read the 400 as the server down;
 * liveness answers 200 whatever it is asked.
 */
export const probeQueryShape = z.looseObject({ lang: errorLangParam }).describe('lang; other parameters (a monitor\'s cache-busting one) are ignored');

/** The language of one language tag, or null when the product does not write it. */
function langOfTag(tag: string): Lang | null {
  const primary = tag.trim().toLowerCase().split('-')[0];
  if (primary === 'id' || primary === 'in') return 'id';
  if (primary === 'en') return 'en';
  return null;
}

/** The language an Accept-Language header prefers among those the product writes (default en). */
export function fromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return DEFAULT_LANG;
  let best: { lang: Lang; q: number } | null = null;
  for (const range of header.split(',')) {
    const [tag = '', ...params] = range.split(';');
    const lang = langOfTag(tag);
    if (lang === null) continue;
    const qParam = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    if (best === null || q > best.q) best = { lang, q };
  }
  return best?.lang ?? DEFAULT_LANG;
}

/** What resolveLang reads of an express request (and, when there is one, the answer it will send). */
export interface LangRequest {
  query?: unknown;
  headers: { 'accept-language'?: string | undefined };
  res?: { vary(field: string): unknown };
}

/**
 * The language a request asks for, never refusing: its `lang` query parameter when it is a language
 * the product writes, else its Accept-Language, else en. For answers that must go out whatever the
 * request holds (errors, whose own cause may be an invalid `lang`).
 */
export function langOf(query: unknown, acceptLanguage: string | undefined): Lang {
  const value = (query as { lang?: unknown } | undefined)?.lang;
  // `?lang=id&lang=id` is refused (given twice), in the first language it names that the product writes.
  for (const tag of Array.isArray(value) ? value : [value]) {
    const asked = LangTagSchema.safeParse(tag);
    if (asked.success) return asked.data;
  }
  return fromAcceptLanguage(acceptLanguage);
}

/** langOf() of an express request; the answer then depends on Accept-Language (Vary). */
export function requestLang(req: LangRequest): Lang {
  req.res?.vary('Accept-Language');
  return langOf(req.query, req.headers['accept-language']);
}

/**
 * The language of a request: its `lang` query parameter, else its Accept-Language, else en. The
 * answer then depends on Accept-Language, so it says so (`Vary`) for caches. The route's query shape
 * has already validated `lang`; an invalid one here is still refused naming the field.
 */
export function resolveLang(req: LangRequest): Lang {
  req.res?.vary('Accept-Language');
  const query = req.query as Record<string, unknown> | undefined;
  const asked = query?.lang;
  if (asked !== undefined) {
    const parsed = LangTagSchema.safeParse(asked);
    if (!parsed.success) throw new AppError('invalid_parameter', text('request.issue', { field: 'lang', reason: text('request.reason.oneOf', { values: LANGS.join(', ') }) }), { field: 'lang' });
    return parsed.data;
  }
  return fromAcceptLanguage(req.headers['accept-language']);
}
