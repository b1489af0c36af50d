// What the OpenAPI document needs to know about one route. The registry (routes.ts) holds one
// entry per route, built from the zod schemas the route itself validates with and answers in.
import type { z } from 'zod';
import type { ErrorCode } from '../errors.ts';

export interface FileResponse {
  /** Media types the route answers with (files, CSV, HTML). */
  media: readonly string[];
  description: string;
}

export interface RouteDoc {
  method: 'get' | 'post';
  /** Path in OpenAPI form, `{id}` for path parameters. */
  path: string;
  /** operationId, camelCase; also names the route's schemas in components. */
  id: string;
  tag: string;
  summary: string;
  description?: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  /** A JSON request body. */
  body?: z.ZodType;
  /** Non-JSON request bodies (uploads): media type → description. */
  upload?: Record<string, string>;
  /** The 200 answer: a zod schema (JSON) or a file. */
  response: z.ZodType | FileResponse;
  /** Error codes the route can answer with (invalid_request, internal and store_unavailable are implied). */
  errors?: readonly ErrorCode[];
  /** Needs `Authorization: Bearer <RANTAI_WRITE_TOKEN>`. */
  writeToken?: boolean;
}

export const isFileResponse = (r: RouteDoc['response']): r is FileResponse => typeof r === 'object' && r !== null && 'media' in r && !('_zod' in r);
