// Numbers inside the Indonesian texts, the Indonesian way (a point groups thousands, a comma marks
// decimals), formatted from the same constants the English texts print, so that both change together.
import { count, decimal } from '../../i18n/index.ts';

/** A whole number: 20000 → "20.000". */
export const whole = (n: number): string => count('id', n);

/** A body-parser size limit ("2mb", as the English prints it upper-cased: "2MB") → "2 MB". */
export function size(limit: string): string {
  const parts = /^(\d+(?:\.\d+)?)\s*([a-z]+)$/i.exec(limit.trim());
  return parts ? `${decimal('id', Number(parts[1]))} ${parts[2]!.toUpperCase()}` : limit.toUpperCase();
}

/** Milliseconds as whole seconds or with their decimals: 15000 → "15", 2500 → "2,5". */
export const seconds = (ms: number): string => decimal('id', ms / 1000);
