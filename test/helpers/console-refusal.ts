// The AppError with which the console's text checks refuse a query (throws when the query passes or
// something else is thrown), for the console's check tests.
import { checkConsoleQuery } from '../../server/console/index.ts';
import { AppError } from '../../server/errors.ts';

export function consoleRefusal(query: string, params: Record<string, unknown> = {}, lang: 'en' | 'id' = 'en'): AppError {
  try {
    checkConsoleQuery(query, params, lang);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`not refused: ${query.slice(0, 80)}`);
}
