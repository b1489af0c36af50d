// The sentences of the work errors, in English and Bahasa Indonesia, built from the error's
// details so that the same error can be told in either language (localise()).
import { fromAcceptLanguage, LangSchema, type Lang } from '../i18n/lang.ts';

export type { Lang };

export interface OverCapacityDetails {
  reason: 'queue_full' | 'queue_wait';
  inFlight: number;
  queued: number;
  waitedMs?: number;
  retryAfterSeconds: number;
}
export interface TimeBudgetDetails {
  budgetMs: number;
  retryAfterSeconds: number;
}
export interface MemoryBudgetDetails {
  heapPercent: number;
  limitPercent: number;
  retryAfterSeconds: number;
}
export interface TooLargeDetails {
  limitBytes: number;
}

type Sentences<D> = Record<Lang, (d: D) => string>;

const seconds = (ms: number): string => (ms / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
const megabytes = (bytes: number): string => Math.round(bytes / 2 ** 20).toLocaleString('en');

export const OVER_CAPACITY: Sentences<OverCapacityDetails> = {
  en: (d) =>
    d.reason === 'queue_full'
      ? `the server is busy: ${d.inFlight} analyses are running and ${d.queued} are waiting, the most it queues; try again in ${d.retryAfterSeconds} s`
      : `the server is busy: this analysis waited ${seconds(d.waitedMs ?? 0)} s for a free place behind ${d.inFlight} running; try again in ${d.retryAfterSeconds} s`,
  id: (d) =>
    d.reason === 'queue_full'
      ? `server sedang sibuk: ${d.inFlight} analisis berjalan dan ${d.queued} menunggu, batas antrean sudah penuh; coba lagi dalam ${d.retryAfterSeconds} detik`
      : `server sedang sibuk: analisis ini sudah menunggu ${seconds(d.waitedMs ?? 0)} detik di belakang ${d.inFlight} analisis yang berjalan; coba lagi dalam ${d.retryAfterSeconds} detik`,
};

export const TIME_BUDGET: Sentences<TimeBudgetDetails> = {
  en: (d) => `the analysis ran past its time budget of ${seconds(d.budgetMs)} s and was stopped; narrow the request with its filters, or try again in ${d.retryAfterSeconds} s when the server is less busy`,
  id: (d) => `analisis melewati batas waktunya (${seconds(d.budgetMs)} detik) dan dihentikan; persempit permintaan dengan filternya, atau coba lagi dalam ${d.retryAfterSeconds} detik saat server tidak terlalu sibuk`,
};

export const MEMORY_BUDGET: Sentences<MemoryBudgetDetails> = {
  en: (d) => `the server's memory is ${d.heapPercent}% full (no analysis starts above ${d.limitPercent}%); try again in ${d.retryAfterSeconds} s`,
  id: (d) => `memori server sudah terpakai ${d.heapPercent}% (analisis baru tidak dimulai di atas ${d.limitPercent}%); coba lagi dalam ${d.retryAfterSeconds} detik`,
};

export const TOO_LARGE: Sentences<TooLargeDetails> = {
  en: (d) => `the answer to this request is larger than the ${megabytes(d.limitBytes)} MB the server can send at once; narrow it with its filters`,
  id: (d) => `jawaban untuk permintaan ini melebihi ${megabytes(d.limitBytes)} MB yang dapat dikirim server sekaligus; persempit permintaan dengan filternya`,
};

/** The language a request asks for: `lang=en|id` in the query, else Accept-Language (server/i18n), else English. */
export function requestLang(query: unknown, acceptLanguage: string | undefined): Lang {
  const asked = LangSchema.safeParse((query as { lang?: unknown } | undefined)?.lang);
  return asked.success ? asked.data : fromAcceptLanguage(acceptLanguage);
}
