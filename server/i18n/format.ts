// Numbers inside sentences. English stays exactly as the sentences have always written it (1,234;
// 0.05; "USD 1.6 million"; "USD 4.2 m"; "75 %"); Indonesian follows Indonesian conventions: a point
// groups thousands and a comma marks decimals (1.234,5; 0,05), "USD 1,6 juta", "USD 2,3 miliar",
// "75%". The scale words live in the catalogue (messages/common.ts).
import { say } from './catalogue.ts';
import type { Lang } from './lang.ts';

const GROUPS = /\B(?=(\d{3})+(?!\d))/g;

/** A whole number with its thousands grouped: 1234567 → "1,234,567" / "1.234.567". */
export function count(lang: Lang, n: number): string {
  return String(Math.round(n)).replace(GROUPS, lang === 'id' ? '.' : ',');
}

/**
 * English digits ("1234.5", as String or toFixed write them) the Indonesian way: "1.234,5". Doing it
 * on the English digits (rather than with Intl) rounds exactly as the English sentence does.
 */
function indonesianDigits(english: string): string {
  if (!/^-?\d+(\.\d+)?$/.test(english)) return english;
  const [whole, fraction] = english.split('.');
  const grouped = whole!.replace(GROUPS, '.');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/**
 * A small whole number (requirements, gaps, paths): English writes it ungrouped as the sentences
 * always have ("1234"), Indonesian groups it like any other ("1.234").
 */
export const whole = (lang: Lang, n: number): string => (lang === 'en' ? String(Math.round(n)) : count(lang, n));

/** A measured value as recorded (tolerances in mm): 0.05 → "0.05" / "0,05". */
export function decimal(lang: Lang, x: number): string {
  return lang === 'id' ? indonesianDigits(String(x)) : String(x);
}

/** A value with a fixed number of decimals: 3.47 → "3.5" / "3,5". */
export function fixed(lang: Lang, x: number, digits: number): string {
  return lang === 'id' ? indonesianDigits(x.toFixed(digits)) : x.toFixed(digits);
}

/** Money in sentences: "USD 3.5 million", "USD 945,000" / "USD 3,5 juta", "USD 945.000". */
export function usd(lang: Lang, v: number): string {
  if (v >= 1e9) return say(lang, 'usd.billion', { x: fixed(lang, v / 1e9, 1) });
  if (v >= 1e6) return say(lang, 'usd.million', { x: fixed(lang, v / 1e6, 1) });
  if (v >= 1e4) return say(lang, 'usd.plain', { x: count(lang, Math.round(v / 1e3) * 1e3) });
  return say(lang, 'usd.plain', { x: count(lang, v) });
}

/** Money in the short form of the link evidence: "USD 4.2 m", "USD 360,000" / "USD 4,2 juta". */
export function usdShort(lang: Lang, v: number): string {
  return v >= 1e6 ? say(lang, 'usd.m', { x: fixed(lang, v / 1e6, 1) }) : say(lang, 'usd.plain', { x: count(lang, v) });
}

/** A share as a whole percentage: 0.754 → "75 %" / "75%". */
export const percent = (lang: Lang, share: number): string => say(lang, 'percent', { x: count(lang, share * 100) });

/** "a", "a and b", "a, b and c" / "a", "a dan b", "a, b, dan c". */
export function list(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return say(lang, 'list.two', { a: items[0]!, b: items[1]! });
  return say(lang, 'list.many', { rest: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}
