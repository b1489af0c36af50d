// What a zod issue says, as a Text: how a request's invalid parameter is told in Indonesian, and in
// English where the shape's own words do not fit (zod's defaults, a type's words for a broken bound:
// issueText). Elsewhere the English stays the message the shape writes for itself (tests and clients
// know it). A message the shape writes for itself is matched, whatever the issue's code, by that
// English against `request.custom.*` (messages/request.ts, errors.ts): its key then tells it in both
// languages. Other issues get a reason built from their code and parameters (the field's type, the
// allowed values, the bounds).
import type { z } from 'zod';
import { EN, renderParam, text, type MessageKey, type Text, type TextParam } from '../i18n/index.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

const CUSTOM: ReadonlyMap<string, MessageKey> = new Map(
  (Object.keys(EN) as MessageKey[]).filter((k) => k.startsWith('request.custom.')).map((k) => [EN[k] as string, k]),
);

/**
 * A shape's own error written for its type ("alpha must be a number") is also what zod says for a
 * bound it breaks (alpha = 2): then the bound's words come from the catalogue. A bound's own words
 * ("a weight must not be negative") stay.
 */
const typeWordsForBound = (issue: Issue): boolean =>
  (issue.code === 'too_small' || issue.code === 'too_big') && /must be (a |an )?(number|whole number|id|text|string|list|object)$/.test(issue.message);

const NUMERIC_ORIGINS = new Set(['number', 'int', 'bigint', 'date']);
const LIST_ORIGINS = new Set(['array', 'set', 'file']);

function typeReason(issue: Extract<Issue, { code: 'invalid_type' }>): Text {
  if (issue.input === undefined) return text('request.reason.required');
  switch (issue.expected) {
    case 'string':
      return text('request.reason.text');
    case 'number':
    case 'nan':
      // A coerced whole number ("seed=x") fails as a NaN before its int check can speak: the
      // shape's English says what it wants, and the Indonesian must say the same.
      return /\bwhole number\b/.test(issue.message) ? text('request.reason.whole') : text('request.reason.number');
    case 'int':
    case 'bigint':
      return text('request.reason.whole');
    case 'boolean':
      return text('request.reason.boolean');
    case 'array':
    case 'tuple':
    case 'set':
      return text('request.reason.list');
    case 'object':
    case 'record':
    case 'map':
      return text('request.reason.object');
    default:
      return text('request.reason.type', { expected: String(issue.expected) });
  }
}

/**
 * The reason of an issue, without the field's name: the shape's own message when the catalogue knows
 * it (`request.custom.*`), unless it is a type's words for a broken bound; else the issue's code and
 * parameters.
 */
export function issueReason(issue: Issue): Text {
  const custom = CUSTOM.get(issue.message);
  if (custom !== undefined && !typeWordsForBound(issue)) return { key: custom };
  switch (issue.code) {
    case 'invalid_type':
      return typeReason(issue);
    case 'invalid_value':
      return text('request.reason.oneOf', { values: issue.values.map(String).join(', ') });
    case 'too_small': {
      const min = Number(issue.minimum);
      if (NUMERIC_ORIGINS.has(issue.origin)) return issue.inclusive === false ? text('request.reason.above', { min }) : text('request.reason.min', { min });
      if (issue.origin === 'string') return min <= 1 ? text('request.reason.empty') : text('request.reason.minChars', { min });
      if (LIST_ORIGINS.has(issue.origin)) return text('request.reason.minItems', { min });
      return text('request.reason.min', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (NUMERIC_ORIGINS.has(issue.origin)) return issue.inclusive === false ? text('request.reason.below', { max }) : text('request.reason.max', { max });
      if (issue.origin === 'string') return text('request.reason.maxChars', { max });
      if (LIST_ORIGINS.has(issue.origin)) return text('request.reason.maxItems', { max });
      return text('request.reason.max', { max });
    }
    case 'invalid_format':
      return text('request.reason.format');
    default:
      return text('request.reason.invalid');
  }
}

/** zod's own English ("Invalid input: expected string, received array"), as opposed to a shape's own words. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized)\b/;

/**
 * What an issue says, in both languages: in English the shape's own words where it has some that
 * fit the issue, else the catalogue's reason; in Indonesian always the catalogue's.
 */
export function issueText(issue: Issue): TextParam {
  return ZOD_DEFAULT.test(issue.message) || typeWordsForBound(issue) ? issueReason(issue) : { perLang: { en: issue.message, id: issueReason(issue) } };
}

/**
 * The reason without the field's name where it begins with it in every language ("lang must be one
 * of en, id", the words a shape writes for itself), so that "lang: lang must be …" says "lang: must
 * be …"; any other reason as it is.
 */
export function reasonAfterField(reason: TextParam, field: string): TextParam {
  const said = { en: renderParam('en', reason), id: renderParam('id', reason) };
  const lead = `${field} `;
  if (!said.en.startsWith(lead) || !said.id.startsWith(lead)) return reason;
  return { perLang: { en: said.en.slice(lead.length), id: said.id.slice(lead.length) } };
}

/**
 * zod's int() also checks that a number is a safe integer, so "limit=99999999999999999999" failed
 * twice: "at most 9007199254740991", JavaScript's own bound, first, then the field's ("between 1
 * and 1000"). The field's bound is the one that means something to the reader; JavaScript's is
 * kept only when it is the only one said about that field.
 */
export function withoutSafeIntegerBounds(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const isSafeBound = (issue: z.core.$ZodIssue) =>
    (issue.code === 'too_big' && issue.maximum === Number.MAX_SAFE_INTEGER) || (issue.code === 'too_small' && issue.minimum === Number.MIN_SAFE_INTEGER);
  const pathOf = (issue: z.core.$ZodIssue) => issue.path.join('.');
  const otherwise = new Set(issues.filter((i) => !isSafeBound(i)).map(pathOf));
  return issues.filter((i) => !isSafeBound(i) || !otherwise.has(pathOf(i)));
}
