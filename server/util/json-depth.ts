// How deeply a JSON text nests, found by one linear scan of the text before it is parsed. JSON.parse
// itself copes with deep nesting, but everything that walks the parsed value afterwards (zod, the
// dataset reader, Array.prototype.join) recurses once per level and overflows the stack somewhere
// past a few thousand levels: a body of "[[[[…" then became a 500. No request Rantai takes nests
// more than a handful of levels, so the limit is refused up front, with where it was passed.

/** Deepest nesting the API accepts in a JSON body (objects and arrays together). */
export const MAX_JSON_DEPTH = 32;

export interface DepthExceeded {
  maxDepth: number;
  /** 1-based line and column of the bracket that went past the limit. */
  line: number;
  column: number;
}

/**
 * The place where `text` first nests deeper than `maxDepth` objects/arrays, or null. Brackets inside
 * strings do not count; the text need not be valid JSON (the parser reports other mistakes).
 */
export function jsonDepthExceeded(text: string, maxDepth = MAX_JSON_DEPTH): DepthExceeded | null {
  let depth = 0;
  let inString = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      else if (c === 10) {
        line++;
        lineStart = i + 1;
      }
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > maxDepth) return { maxDepth, line, column: i - lineStart + 1 };
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth = Math.max(0, depth - 1);
    else if (c === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return null;
}
