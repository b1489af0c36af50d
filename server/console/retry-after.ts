// The Retry-After header (seconds) for a console refusal that says when to try again (429
// too_many_requests, 503 console_busy; see slots.ts), or null for any other error.
import { AppError } from '../errors.ts';

export function retryAfterHeader(error: unknown): string | null {
  if (!(error instanceof AppError) || (error.code !== 'too_many_requests' && error.code !== 'console_busy')) return null;
  const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? String(Math.max(1, Math.ceil(seconds))) : null;
}
