// Turns zod validation of a request part into a 400 that names the field, the way Outline's
// validate middleware does: the first issue decides the message, all issues go in details. The
// message is a Text: in English the words the shape writes for itself where they fit the issue, in
// Indonesian (and for zod's own English) a reason built from the issue's code and parameters
// (issue-reason.ts); the details' reasons are told in the reader's language too. A query parameter
// given twice is said to be. Unknown parameters or fields are named up to SHOWN_UNKNOWN, then
// counted: a request with 2,000 of them was answered with every name, 31 KB. A body that arrived
// in another format than JSON (json-body.ts) is a 415 here, on the routes that read one.
import type { z } from 'zod';
import { AppError } from '../errors.ts';
import { renderParam, text, type Lang, type TextParam } from '../i18n/index.ts';
import { issueText, reasonAfterField, withoutSafeIntegerBounds } from './issue-reason.ts';
import { NonJsonBody } from './json-body.ts';

export type RequestPart = 'query' | 'body' | 'params';

/** Unknown parameters or fields named in a refusal; the rest are counted ("and 1,990 more"). */
export const SHOWN_UNKNOWN = 10;

/** The first SHOWN_UNKNOWN names, quoted, then how many more there are, as a Text parameter. */
function unknownNames(keys: readonly string[]): TextParam {
  const shown: TextParam[] = keys.slice(0, SHOWN_UNKNOWN).map((k) => `"${k}"`);
  const rest = keys.length - SHOWN_UNKNOWN;
  return { join: rest > 0 ? [...shown, text('request.unknownMore', { n: { grouped: rest } })] : shown };
}

/** Query parameters given more than once, with how often (the query parser makes them lists). */
function repeatedKeys(value: unknown, part: RequestPart): ReadonlyMap<string, number> {
  if (part !== 'query' || value === null || typeof value !== 'object') return new Map();
  return new Map(Object.entries(value).flatMap(([k, v]) => (Array.isArray(v) ? [[k, v.length] as const] : [])));
}

export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, part: RequestPart): z.infer<S> {
  if (value instanceof NonJsonBody) throw new AppError('unsupported_media_type', value.reason, { mediaType: value.mediaType });
  // The input in each issue lets the Indonesian reason tell "is required" from "must be a number".
  // Only a missing body (undefined) means "no fields": a body of JSON `null` was sent, and is not
  // an object, as `[]` or `"x"` are not.
  const result = schema.safeParse(value === undefined ? {} : value, { reportInput: true });
  if (result.success) return result.data;
  const repeated = repeatedKeys(value, part);
  const issues = withoutSafeIntegerBounds(result.error.issues).map((issue) => {
    // An unknown key inside the body is named with its whole path ("metrics.pagerank.zz",
    // "interventions.0.add.colour"): the key alone does not say which object holds it.
    const at = (key: string) => [...issue.path, key].join('.');
    const field =
      issue.code === 'unrecognized_keys' ? issue.keys.slice(0, SHOWN_UNKNOWN).map(at).join(', ') + (issue.keys.length > SHOWN_UNKNOWN ? ', …' : '') : issue.path.join('.') || part;
    const times = issue.path.length > 0 ? repeated.get(String(issue.path[0])) : undefined;
    const reason: TextParam =
      issue.code === 'unrecognized_keys'
        ? text(part === 'query' ? 'request.unknownQuery' : 'request.unknownField', { keys: unknownNames(issue.keys) })
        : // "?cluster=a&cluster=b" is a list where one value is expected: say that, not the type.
          times !== undefined
          ? text('request.reason.repeated', { n: times })
          : issueText(issue);
    return { field, reason };
  });
  const first = issues[0]!;
  const detailsIn = (lang: Lang) => ({ part, issues: issues.map(({ field, reason }) => ({ field, message: renderParam(lang, reason) })) });
  // "lang: must be one of en, id": the field once (the reason alone, in the details, names it).
  const message = text('request.issue', { field: first.field, reason: reasonAfterField(first.reason, first.field) });
  throw new AppError('invalid_parameter', message, detailsIn('en'), { detailsIn });
}
