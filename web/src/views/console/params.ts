// Reads the console's parameters (a JSON object) and, when the text is not valid JSON, says where:
// line, column and what was expected. JSON.parse's messages differ between browsers and rarely give
// a line, so this is a small recursive-descent reader of the JSON grammar (RFC 8259), used only to
// find the first mistake; the value itself comes from JSON.parse.

/** Why the text is not a parameters object: a message key (console.json.<code>) and what was found. */
export type ParamsProblemCode =
  | 'expectedValue'
  | 'badEscape'
  | 'badUnicode'
  | 'controlInString'
  | 'unclosedString'
  | 'expectedNumber'
  | 'singleQuotes'
  | 'trailingCommaObject'
  | 'expectedKey'
  | 'expectedColon'
  | 'expectedCommaOrBrace'
  | 'trailingCommaArray'
  | 'expectedCommaOrBracket'
  | 'trailingText'
  | 'notObject';

export type ParamsResult = { ok: true; params: Record<string, unknown> } | { ok: false; line: number; column: number; code: ParamsProblemCode; found: string };

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly code: ParamsProblemCode,
    readonly found: string,
  ) {
    super(code);
  }
}

function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Walks the text by the JSON grammar; throws JsonSyntaxError at the first mistake. */
function check(text: string): void {
  let i = 0;
  const space = () => {
    while (i < text.length && /[ \t\n\r]/.test(text[i]!)) i++;
  };
  const shown = (): string => (i >= text.length ? '' : text[i]!);
  const fail = (code: ParamsProblemCode): never => {
    throw new JsonSyntaxError(i, code, shown());
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('expectedValue');
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      const c = text[i]!;
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('badUnicode');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('badEscape');
      } else if (c < ' ') fail('controlInString');
      else i++;
    }
    if (i >= text.length) fail('unclosedString');
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i));
    if (!m) fail('expectedNumber');
    i += m![0].length;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    if (c === "'") fail('singleQuotes');
    fail('expectedValue');
  };
  const object = () => {
    i++;
    space();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      space();
      if (text[i] !== '"') fail(text[i] === '}' ? 'trailingCommaObject' : 'expectedKey');
      string();
      space();
      if (text[i] !== ':') fail('expectedColon');
      i++;
      value();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail('expectedCommaOrBrace');
    }
  };
  const array = () => {
    i++;
    space();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      space();
      if (text[i] === ',') {
        i++;
        space();
        if (text[i] === ']') fail('trailingCommaArray');
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail('expectedCommaOrBracket');
    }
  };
  value();
  space();
  if (i < text.length) fail('trailingText');
}

/** The parameters object of the console; empty text means no parameters. */
export function parseParams(text: string): ParamsResult {
  if (text.trim() === '') return { ok: true, params: {} };
  try {
    check(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, ...locate(text, error.offset), code: error.code, found: error.found };
    throw error;
  }
  const value: unknown = JSON.parse(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const first = text.search(/\S/);
    return { ok: false, ...locate(text, first), code: 'notObject', found: text[first] ?? '' };
  }
  return { ok: true, params: value as Record<string, unknown> };
}
