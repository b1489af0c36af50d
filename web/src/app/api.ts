// The one way the UI talks to the server. Errors come back as ApiError with the server's code and
// message (the API answers {error: {code, message, details?}}), so views can show them as they are.
// Every request says the UI's language (Accept-Language), so the sentences the server writes
// (explanations, evidence, summaries, lever and tier names) come back in the language on screen.
import { lang } from './i18n.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

async function handle<T>(res: Response): Promise<T> {
  const text = await res.text();
  let body: unknown;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    throw new ApiError(res.status, 'bad_response', `the server answered ${res.status} with something that is not JSON`);
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'error', err?.message ?? `the server answered ${res.status}`, err?.details);
  }
  return body as T;
}

const query = (params: Record<string, string | number | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
};

/** The headers every request carries: JSON wanted, in the UI's language. */
const baseHeaders = (): Record<string, string> => ({ accept: 'application/json', 'accept-language': lang() });

/** Retries of a GET the server asked to repeat later, and the longest wait it may ask for (s). */
const RETRIES = 2;
const LONGEST_RETRY_S = 20;

/**
 * A 503 with Retry-After (the server's analyses all busy, or its memory short for a moment) is
 * waited out and asked again, twice at most: at national scale on Neo4j the first visit to Risk
 * had its import exposure answer over_capacity while the other analyses of the page ran, and the
 * section showed an error until the page was reloaded. A 503 without Retry-After (a time budget
 * spent) would only be spent again, and is shown.
 */
export async function getJson<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`api/${path}${query(params)}`, { headers: baseHeaders() });
    const wait = Number(res.headers.get('retry-after') ?? Number.NaN);
    if (res.status !== 503 || attempt === RETRIES || !Number.isFinite(wait) || wait > LONGEST_RETRY_S) return handle<T>(res);
    await res.body?.cancel();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0.5, wait) * 1000));
  }
}

export async function postJson<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  return handle<T>(await fetch(`api/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...baseHeaders(), ...headers }, body: JSON.stringify(body) }));
}

/**
 * Memoises GETs for the lifetime of the page (the dataset changes only through an upload, which
 * reloads), per language: switching the language fetches the sentences again in the new one.
 */
const cache = new Map<string, Promise<unknown>>();
export function getCached<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const key = `${lang()} ${path}${query(params)}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = getJson<T>(path, params);
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
  }
  return hit as Promise<T>;
}

export function clearCache(): void {
  cache.clear();
}
