// A message is a template with named placeholders, "{cluster} can replace {stake} now: {reqs}.".
// Keeping the fixed words in templates (not in code) is what lets a test list every English word
// the product writes and check that none of them is left in an Indonesian answer; the placeholder
// names are read from the English template's type, so a message's parameters are type-checked.

/**
 * The placeholder names of a template literal type: "{a} and {b}" → "a" | "b". Braces around
 * anything but a name ("CALL { … } IN TRANSACTIONS") are text, as compile() reads them.
 */
export type PlaceholderNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? (Name extends '' | `${string} ${string}` | `${string}{${string}` ? never : Name) | PlaceholderNames<Rest>
  : never;

/** The parameters a template needs, as already formatted text. */
export type Params<S extends string> = { [K in PlaceholderNames<S>]: string };

const PLACEHOLDER = /\{(\w+)\}/g;

/** A template split into fixed text (even indexes) and placeholder names (odd indexes). */
export const compile = (template: string): string[] => template.split(PLACEHOLDER);

/** Fills a compiled template's placeholders. A missing parameter is a programming error, so it throws. */
export function fillParts(parts: readonly string[], params: Readonly<Record<string, string>>): string {
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]!];
    if (value === undefined) throw new Error(`message "${parts.join('{}')}" needs the parameter "${parts[i]}"`);
    out += value + parts[i + 1]!;
  }
  return out;
}

/** Fills a template's placeholders. */
export const fill = (template: string, params: Readonly<Record<string, string>>): string => fillParts(compile(template), params);

/** The placeholder names of a template, in order of appearance. */
export const placeholders = (template: string): string[] => compile(template).filter((_, i) => i % 2 === 1);

/** The fixed text of a template (what it says around its placeholders). */
export const fixedParts = (template: string): string[] => compile(template).filter((part, i) => i % 2 === 0 && part !== '');
