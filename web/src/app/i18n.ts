// English and Bahasa Indonesia. Each part of the UI registers its own messages (one table per
// language, same keys); t() looks a key up in the current language. A test checks that every key
// exists in both languages, so nothing shows up untranslated.
export type Lang = 'en' | 'id';
export type Messages = Record<string, string>;

const tables: Record<Lang, Messages> = { en: {}, id: {} };
let current: Lang = 'en';

/** Adds a part's messages; both languages must have the same keys. */
export function registerMessages(part: string, messages: Record<Lang, Messages>): void {
  const en = Object.keys(messages.en);
  const id = new Set(Object.keys(messages.id));
  const missing = en.filter((k) => !id.has(k)).concat(Object.keys(messages.id).filter((k) => !(k in messages.en)));
  if (missing.length > 0) throw new Error(`messages of "${part}" lack a translation for: ${missing.join(', ')}`);
  Object.assign(tables.en, messages.en);
  Object.assign(tables.id, messages.id);
}

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang;
}

export function lang(): Lang {
  return current;
}

/**
 * The message for `key`, with `{name}` placeholders filled in, and `{name|one|other}` replaced by
 * `one` when the number `name` is 1, `other` otherwise (English nouns: "{rows} {rows|row|rows}";
 * Indonesian needs none). A missing key shows as itself.
 */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  const text = tables[current][key] ?? tables.en[key] ?? key;
  return text
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (_m, name: string, one: string, other: string) => (vars[name] === 1 ? one : other))
    .replace(/\{(\w+)\}/g, (_m, name: string) => (name in vars ? formatValue(vars[name]!) : `{${name}}`));
}

/**
 * A server's message shown as a sentence of its own (a box, a panel, the status line): the API's
 * messages start in lower case, since most follow a field name or a prefix ("invalid query: …").
 */
export function asSentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function formatValue(v: string | number): string {
  return typeof v === 'number' ? formatNumber(v) : v;
}

/** Numbers in the current language's convention (1,234.5 / 1.234,5). */
export function formatNumber(value: number, digits = 0): string {
  return new Intl.NumberFormat(current === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** Numbers with exactly `digits` decimals, so a column or a chart's values read evenly ("−2,00" beside "−1,81", not "−2"). */
export function formatFixed(value: number, digits: number): string {
  return new Intl.NumberFormat(current === 'id' ? 'id-ID' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/**
 * A share as a percentage (0.784 → "78%"), as the server writes it (server/i18n/format.ts): the sign
 * against the number in both languages, as English style guides and PUEBI write it.
 */
export function formatPercent(share: number, digits = 0): string {
  return `${formatNumber(share * 100, digits)}%`;
}

/** The steps of formatUsd, largest first: where a step starts, and its word in each language. */
const USD_STEPS: ReadonlyArray<[number, string, string]> = [
  [1e12, 'tn', 'triliun'],
  [1e9, 'bn', 'miliar'],
  [1e6, 'm', 'juta'],
];

/**
 * USD amounts: "USD 4.2 m" / "USD 4,2 juta", "USD 62.6 bn" / "USD 62,6 miliar" (a national total read
 * as "USD 62,649.1 m" before), and the same steps below zero (a what-if's change). Indonesian
 * spells its words out ("jt", "rb" are too informal for a ministry briefing). Below a million the
 * dollars are written out, to the thousand from 10,000 ("USD 151,000" / "USD 151.000"), as the
 * server's sentences write them (server/i18n/format.ts usd): a briefing's table said "USD 151,2
 * ribu" above a sentence saying "USD 151.000".
 */
export function formatUsd(value: number): string {
  const step = USD_STEPS.find(([from]) => Math.abs(value) >= from);
  if (!step) return `USD ${formatNumber(Math.abs(value) >= 1e4 ? Math.round(value / 1e3) * 1e3 : value)}`;
  return `USD ${formatNumber(value / step[0], 1)} ${current === 'id' ? step[2] : step[1]}`;
}

/** Every message registered in a language (the export test compares Indonesian exports with the English ones). */
export function registeredMessages(lang: Lang): Readonly<Messages> {
  return tables[lang];
}

/** All keys registered (for the translation test). */
export function registeredKeys(): { en: string[]; id: string[] } {
  return { en: Object.keys(tables.en), id: Object.keys(tables.id) };
}

/**
 * Re-translates static markup: elements with data-i18n (text) and data-i18n-attr ("attr:key;…"),
 * and links with data-lang-href, which open in the page's language (the API reference).
 */
export function translateDom(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLAnchorElement>('a[data-lang-href]')) el.setAttribute('href', `${el.dataset.langHref!}?lang=${lang()}`);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr!.split(';')) {
      const [attr, key] = pair.split(':');
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
}
