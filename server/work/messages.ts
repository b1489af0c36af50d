// The sentences of the work errors, built from the error's details with the catalogue's `work.*`
// messages (server/i18n/messages/work.ts), so that the same error can be told in either language.
import { langOf, render, text, type Grouped, type Lang, type Text } from '../i18n/index.ts';

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
  /** Absent when a retry cannot help: nothing of the work is kept between requests (share: false). */
  retryAfterSeconds?: number;
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

/** Seconds with at most one decimal: 15 → "15", 2500 ms → "2.5" / "2,5", 90000 → "90". */
const seconds = (ms: number): Grouped => ({ grouped: ms / 1000, digits: 1 });

/** The messages as Texts: the error keeps one, and is told in the language of whoever reads it. */
export const overCapacityText = (d: OverCapacityDetails): Text =>
  d.reason === 'queue_full'
    ? text('work.queueFull', { running: d.inFlight, queued: d.queued, retry: d.retryAfterSeconds })
    : text('work.queueWait', { waited: seconds(d.waitedMs ?? 0), running: d.inFlight, retry: d.retryAfterSeconds });
export const timeBudgetText = (d: TimeBudgetDetails): Text =>
  d.retryAfterSeconds === undefined ? text('work.timeBudgetNotKept', { budget: seconds(d.budgetMs) }) : text('work.timeBudget', { budget: seconds(d.budgetMs), retry: d.retryAfterSeconds });
export const memoryBudgetText = (d: MemoryBudgetDetails): Text => text('work.memoryBudget', { heap: d.heapPercent, limit: d.limitPercent, retry: d.retryAfterSeconds });
export const tooLargeText = (d: TooLargeDetails): Text => text('work.tooLarge', { mb: { grouped: Math.round(d.limitBytes / 2 ** 20) } });

const sentences = <D>(of: (d: D) => Text): Sentences<D> => ({ en: (d) => render('en', of(d)), id: (d) => render('id', of(d)) });

export const OVER_CAPACITY: Sentences<OverCapacityDetails> = sentences(overCapacityText);
export const TIME_BUDGET: Sentences<TimeBudgetDetails> = sentences(timeBudgetText);
export const MEMORY_BUDGET: Sentences<MemoryBudgetDetails> = sentences(memoryBudgetText);
export const TOO_LARGE: Sentences<TooLargeDetails> = sentences(tooLargeText);

/** The language a request asks for: `lang=en|id` in the query, else Accept-Language (server/i18n), else English. */
export const requestLang = (query: unknown, acceptLanguage: string | undefined): Lang => langOf(query, acceptLanguage);
