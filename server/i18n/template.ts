// A message is a template with named placeholders, "{cluster} can replace {stake} now: {reqs}.".
// Keeping the fixed words in templates (not in code) is what lets a test list every English word
// the product writes and check that none of them is left in an Indonesian answer; the placeholder
// names are read from the English template's type, so a message's parameters are type-checked.
// An English noun after a count takes its number from it: "{firms} {firms|firm|firms}" says
// "1 firm" and "2 firms" (Indonesian nouns do not change, so its templates need none).

/** The name of a placeholder's inside: "firms" of "firms" and of "firms|firm|firms". */
type NameOf<Inside extends string> = Inside extends `${infer Name}|${string}|${string}` ? Name : Inside;

/**
 * The placeholder names of a template literal type: "{a} and {b}" → "a" | "b"; a noun's number
 * "{a|one|other}" names "a". Braces around anything but a name ("CALL { … } IN TRANSACTIONS") are
 * text, as compile() reads them.
 */
export type PlaceholderNames<S extends string> = S extends `${string}{${infer Inside}}${infer Rest}`
  ? (NameOf<Inside> extends '' | `${string} ${string}` | `${string}{${string}` ? never : NameOf<Inside>) | PlaceholderNames<Rest>
  : never;

/** The parameters a template needs, as already formatted text. */
export type Params<S extends string> = { [K in PlaceholderNames<S>]: string };

/** "{name}", or "{name|one|other}": the noun for the number `name` (one when it reads "1"). */
const PLACEHOLDER = /\{(\w+(?:\|[^{}|]*\|[^{}|]*)?)\}/g;

/**
 * A template split into fixed text (even indexes) and placeholders (odd indexes: a name, or
 * "name|one|other").
 */
export const compile = (template: string): string[] => template.split(PLACEHOLDER);

/** Fills a compiled template's placeholders. A missing parameter is a programming error, so it throws. */
export function fillParts(parts: readonly string[], params: Readonly<Record<string, string>>): string {
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const part = parts[i]!;
    // Most placeholders are plain names: split only a noun's "name|one|other" (renders run per row).
    const bar = part.indexOf('|');
    const name = bar < 0 ? part : part.slice(0, bar);
    const value = params[name];
    if (value === undefined) throw new Error(`message "${parts.join('{}')}" needs the parameter "${name}"`);
    if (bar < 0) out += value;
    else {
      const [, one, other] = part.split('|') as [string, string, string];
      // Counts reach a template already written in the reader's convention; one is "1" in both.
      out += value === '1' ? one : other;
    }
    out += parts[i + 1]!;
  }
  return out;
}

/** Fills a template's placeholders. */
export const fill = (template: string, params: Readonly<Record<string, string>>): string => fillParts(compile(template), params);

/** The placeholder names of a template, in order of appearance (a noun's number names its count). */
export const placeholders = (template: string): string[] => compile(template).flatMap((part, i) => (i % 2 === 1 ? [part.split('|')[0]!] : []));

/** The fixed text of a template: what it says around its placeholders, and its nouns' forms. */
export const fixedParts = (template: string): string[] =>
  compile(template).flatMap((part, i) => (i % 2 === 0 ? (part === '' ? [] : [part]) : part.split('|').slice(1).filter((w) => w !== '')));
