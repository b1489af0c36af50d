// Turns zod validation of a request part into a 400 that names the field, the way Outline's
// validate middleware does: the first issue decides the message, all issues go in details. The
// message is a Text: in English the words the shape writes for itself (unchanged), in Indonesian a
// reason built from the issue's code and parameters (issue-reason.ts). A body that arrived in
// another format than JSON (json-body.ts) is a 415 here, on the routes that read one.
import type { z } from 'zod';
import { AppError } from '../errors.ts';
import { renderParam, text, type TextParam } from '../i18n/index.ts';
import { issueReason } from './issue-reason.ts';
import { NonJsonBody } from './json-body.ts';

export type RequestPart = 'query' | 'body' | 'params';

export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, part: RequestPart): z.infer<S> {
  if (value instanceof NonJsonBody) throw new AppError('unsupported_media_type', value.reason, { mediaType: value.mediaType });
  // The input in each issue lets the Indonesian reason tell "is required" from "must be a number".
  const result = schema.safeParse(value ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.') || part;
    const reason: TextParam =
      issue.code === 'unrecognized_keys'
        ? text(part === 'query' ? 'request.unknownQuery' : 'request.unknownField', { keys: issue.keys.map((k) => `"${k}"`).join(', ') })
        : { perLang: { en: issue.message, id: issueReason(issue) } };
    return { field, reason };
  });
  const first = issues[0]!;
  const details = { part, issues: issues.map(({ field, reason }) => ({ field, message: renderParam('en', reason) })) };
  throw new AppError('invalid_parameter', text('request.issue', { field: first.field, reason: first.reason }), details);
}
