// The errors of the work gate (codes catalogued in server/errors.ts). Each keeps the facts of its
// message in `details` (with retryAfterSeconds for the 503s, which the route sends as Retry-After),
// so localise() can tell it again in the request's language.
import { AppError, localiseError, type ErrorCode } from '../errors.ts';
import {
  memoryBudgetText,
  overCapacityText,
  timeBudgetText,
  tooLargeText,
  type Lang,
  type MemoryBudgetDetails,
  type OverCapacityDetails,
  type TimeBudgetDetails,
  type TooLargeDetails,
} from './messages.ts';

/** Why work stopped when nobody is left to answer: the client closed the connection. */
export class ClientGoneError extends Error {
  constructor() {
    super('the client closed the connection before the answer was ready');
    this.name = 'ClientGoneError';
  }
}

/** Error codes a route behind the gate can answer with, besides its own (for the OpenAPI document). */
export const WORK_ERRORS = ['over_capacity', 'time_budget_exceeded', 'memory_budget_exceeded', 'request_too_large'] as const satisfies readonly ErrorCode[];

export const overCapacity = (d: OverCapacityDetails): AppError => new AppError('over_capacity', overCapacityText(d), d);

/** Retrying at once rarely helps a request that ran out of time; a short pause lets the load pass. */
const TIME_RETRY_SECONDS = 10;
/**
 * `kept`: whether what the work builds outlives it (derived values kept per data version, shared
 * runs), so that a retry finds it further on. Work kept for nobody (share: false: a posted graph)
 * starts again from nothing: no Retry-After, and the message asks for less instead.
 */
export const timeBudgetExceeded = (budgetMs: number, kept = true): AppError => {
  const d: TimeBudgetDetails = kept ? { budgetMs, retryAfterSeconds: TIME_RETRY_SECONDS } : { budgetMs };
  return new AppError('time_budget_exceeded', timeBudgetText(d), d);
};

const MEMORY_RETRY_SECONDS = 5;
export const memoryBudgetExceeded = (share: number, limitShare: number): AppError => {
  const d: MemoryBudgetDetails = { heapPercent: Math.round(share * 100), limitPercent: Math.round(limitShare * 100), retryAfterSeconds: MEMORY_RETRY_SECONDS };
  return new AppError('memory_budget_exceeded', memoryBudgetText(d), d);
};

export const answerTooLarge = (limitBytes: number): AppError => {
  const d: TooLargeDetails = { limitBytes };
  return new AppError('request_too_large', tooLargeText(d), d);
};

/** The seconds a client should wait before retrying, when the error says. */
export function retryAfterOf(error: unknown): number | undefined {
  if (!(error instanceof AppError)) return undefined;
  const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' ? seconds : undefined;
}

/** The same error with its message in `lang` (errors raised without a Text are returned as they are). */
export const localise = (error: unknown, lang: Lang): unknown => localiseError(error, lang);
