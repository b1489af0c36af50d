// What is wrong with a dataset cell, as a Text (server/i18n/messages/dataset.ts, `field.*`), read
// from the zod issue its column's schema raised: the issue's code and parameters (the bound, the
// allowed values, the input) and the column's kind say which message it is. fields.ts gives every
// schema fieldError(kind), so the English a schema writes is this function's English, and the
// validator (which parses with reportInput, so issues keep their input) asks this function again
// for the Text: one source for both, and the message can be told in any language.
import type { z } from 'zod';
import { isText, render, text, type Text } from '../i18n/index.ts';
import type { ColumnKind } from './fields.ts';
import { firstHidden } from './hidden-chars.ts';
import { DECIMAL_COMMA, GROUPED_THOUSANDS, ungrouped } from './number-text.ts';

/** The custom checks of fields.ts, named in each refinement's `params.field`. */
export type FieldCheck = 'semicolon' | 'reserved' | 'hidden' | 'finite' | 'negative' | 'huge' | 'latitude' | 'longitude';

/** The first invisible control character of a text (hidden-chars.ts), as U+XXXX, and its 1-based place. */
function hiddenText(input: unknown): Text {
  const s = typeof input === 'string' ? input : '';
  // A tab or a line break is refused in an id only: the first other hidden character is named before it.
  const inText = firstHidden(s, true);
  const at = Math.max(0, inText >= 0 ? inText : firstHidden(s, false));
  const code = `U+${(s.codePointAt(at) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return text('field.hidden', { code, at: at + 1 });
}

/** The parts of a zod issue (as raised, or as reported with its input) this file reads. */
type IssueLike = Pick<z.core.$ZodRawIssue, 'code'> & {
  input?: unknown;
  expected?: unknown;
  origin?: unknown;
  maximum?: unknown;
  values?: readonly unknown[];
  params?: Record<string, unknown>;
  message?: string;
};

const got = (input: unknown): string => JSON.stringify(input) ?? String(input);

function customText(check: unknown, input: unknown): Text | undefined {
  switch (check as FieldCheck) {
    case 'semicolon':
      return text('field.semicolon');
    case 'reserved':
      return text('field.reserved', { id: String(input) });
    case 'hidden':
      return hiddenText(input);
    case 'finite':
      return text('field.finite');
    case 'negative':
      return text('field.negative');
    case 'huge':
      return text('field.huge');
    case 'latitude':
      return text('field.latitude');
    case 'longitude':
      return text('field.longitude');
    default:
      return undefined;
  }
}

/**
 * What is wrong with text where a number belongs. A CSV file takes numbers as a program writes them
 * (a decimal point, no thousands separator); one saved by a spreadsheet set to Indonesian writes
 * them the Indonesian way, so the message shows the number as the file must hold it.
 */
function numberText(kind: ColumnKind, input: unknown): Text {
  if (kind === 'year') return text('field.year', { got: got(input) });
  if (typeof input === 'string') {
    const t = input.trim();
    if (kind === 'count' && GROUPED_THOUSANDS.test(t)) return text('field.groupedCount', { got: got(input), plain: t.replace(/\./g, '') });
    const plain = ungrouped(t);
    if (plain !== undefined) return text('field.groupedNumber', { got: got(input), plain });
    if (DECIMAL_COMMA.test(t)) return text('field.decimalComma', { got: got(input), plain: t.replace(',', '.') });
  }
  return text('field.number', { got: got(input) });
}

/** The Text of an issue raised by a column of the given kind (a check it does not know: its own words). */
export function fieldText(kind: ColumnKind, issue: IssueLike): Text {
  const { input } = issue;
  switch (issue.code) {
    case 'custom':
      if (isText(issue.params?.text)) return issue.params.text;
      return customText(issue.params?.field, input) ?? text('field.other', { message: issue.message ?? '' });
    case 'invalid_type':
      if (input === undefined) return text('field.required');
      if (issue.expected === 'int') return kind === 'count' ? text('field.wholeCount', { got: got(input) }) : text('field.wholeYear');
      if (issue.expected === 'number') return numberText(kind, input);
      if (issue.expected === 'boolean') return text('field.flag', { got: got(input) });
      if (issue.expected === 'array') return text('field.list');
      return kind === 'list' ? text('field.listItems') : text('field.text');
    case 'invalid_value':
      if (input === undefined) return text('field.required');
      return text('field.oneOf', { values: (issue.values ?? []).map(String).join(', '), got: got(input) });
    case 'too_big':
      if (issue.origin === 'string') return text('field.maxChars', { max: { grouped: Number(issue.maximum) } });
      return text('field.yearRange');
    case 'too_small':
      if (issue.origin === 'string') return text('field.listItemEmpty');
      return text('field.yearRange');
    default:
      return text('field.other', { message: issue.message ?? '' });
  }
}

/** The error map of a column's schema: its English is fieldText's (zod's own for a check it does not know). */
export const fieldError =
  (kind: ColumnKind) =>
  (issue: IssueLike): string | undefined => {
    const t = fieldText(kind, issue);
    return t.key === 'field.other' ? undefined : render('en', t);
  };

/**
 * A check whose message depends on the value in ways an issue's code cannot say (trade-fields.ts:
 * an HS code with a dropped zero, a value in rupiah): the issue carries its Text in `params.text`,
 * which fieldText gives back, and its English as the message.
 */
export const textIssue = (t: Text) => ({ code: 'custom' as const, message: render('en', t), params: { text: t } });

/** The options of a custom check: its error map and its name, which fieldText reads back. */
export const check = (kind: ColumnKind, field: FieldCheck) => ({ error: fieldError(kind), params: { field } });
