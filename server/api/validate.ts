// Turns zod validation of a request part into a 400 that names the field, the way Outline's
// validate middleware does: the first issue decides the message, all issues go in details. A body
// that arrived in another format than JSON (json-body.ts) is a 415 here, on the routes that read one.
import type { z } from 'zod';
import { AppError } from '../errors.ts';
import { NonJsonBody } from './json-body.ts';

export type RequestPart = 'query' | 'body' | 'params';

export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, part: RequestPart): z.infer<S> {
  if (value instanceof NonJsonBody) throw new AppError('unsupported_media_type', value.reason, { mediaType: value.mediaType });
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.') || part;
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown ${part === 'query' ? 'query parameter' : 'field'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : issue.message;
    return { field, message };
  });
  const first = issues[0]!;
  throw new AppError('invalid_parameter', `${first.field}: ${first.message}`, { part, issues });
}
