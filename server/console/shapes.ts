// The Cypher console's request and answer, as zod schemas: the route validates with them, the
// OpenAPI document is generated from them, and the types below come from them.
import { z } from 'zod';
import { consoleLangShape } from './messages.ts';

/** Limits of the console; the request may lower or raise them within the bounds. */
export const CONSOLE_LIMITS = {
  defaultTimeoutMs: 10_000,
  maxTimeoutMs: 60_000,
  minTimeoutMs: 100,
  defaultRows: 10_000,
  maxRows: 100_000,
  maxQueryChars: 100_000,
  /** Console queries one client (IP address) may have in Neo4j at once (429 beyond). */
  queriesPerClient: 2,
  /** Console queries all clients together may have in Neo4j at once (503 beyond). */
  queriesInAll: 4,
  /** How long past timeoutMs the console waits for Neo4j's own timeout before answering 408. */
  graceMs: 2_000,
  /**
   * Characters of values one answer may hold (strings by length, other values by a small fixed
   * size; size.ts): rows are counted as they arrive, so a query returning huge values is stopped
   * there (413) instead of filling the server's memory (16,000 rows of 512,000 characters each
   * took the Node process past its 4 GB heap).
   */
  maxAnswerChars: 16_000_000,
  /** Rows the driver fetches from Neo4j at a time, so that no more than these wait unchecked. */
  fetchRows: 100,
  /**
   * Heap memory one console query may hold in Neo4j (its estimatedUsedHeapMemory): past it the
   * console ends the query (memory-watch.ts), so that four queries at once (queriesInAll) hold at
   * most 1 GiB and the views' analyses and loads keep the rest.
   */
  maxQueryMemoryBytes: 256 * 1024 * 1024,
  /** How often the console reads a running query's memory from SHOW TRANSACTIONS (ms). */
  memoryPollMs: 250,
  /** Values all range() calls inside expressions of one query may produce (multiplied); see budget.ts. */
  maxRangeValues: 1_000_000,
} as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Any JSON value (named once in the OpenAPI document). */
const jsonValue: z.ZodType<Json> = z
  .lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]))
  .meta({ id: 'JsonValue', description: 'any JSON value' });

export const cypherRequestShape = z.strictObject({
  query: z
    .string({ error: 'query must be a Cypher query (text)' })
    .min(1, { error: 'query must not be empty' })
    .max(CONSOLE_LIMITS.maxQueryChars, { error: `query must be at most ${CONSOLE_LIMITS.maxQueryChars} characters` }),
  params: z
    .record(z.string(), jsonValue, { error: 'params must be a JSON object of query parameters' })
    .default({})
    .describe('query parameters, referred to as $name in the query'),
  timeoutMs: z
    .number({ error: 'timeoutMs must be a number of milliseconds' })
    .int({ error: 'timeoutMs must be a whole number of milliseconds' })
    .min(CONSOLE_LIMITS.minTimeoutMs, { error: `timeoutMs must be at least ${CONSOLE_LIMITS.minTimeoutMs}` })
    .max(CONSOLE_LIMITS.maxTimeoutMs, { error: `timeoutMs must be at most ${CONSOLE_LIMITS.maxTimeoutMs} (60 s)` })
    .default(CONSOLE_LIMITS.defaultTimeoutMs)
    .describe('the transaction is stopped after this long'),
  limit: z
    .number({ error: 'limit must be a number of rows' })
    .int({ error: 'limit must be a whole number of rows' })
    .min(1, { error: 'limit must be at least 1' })
    .max(CONSOLE_LIMITS.maxRows, { error: `limit must be at most ${CONSOLE_LIMITS.maxRows}` })
    .default(CONSOLE_LIMITS.defaultRows)
    .describe('rows returned at most; truncated says whether more were available'),
});
export type CypherRequest = z.infer<typeof cypherRequestShape>;

/** `?format=csv` answers the rows as a spreadsheet-safe CSV table instead of JSON; `?lang=` words the errors. */
export const cypherQueryStringShape = z.strictObject({
  format: z.enum(['json', 'csv'], { error: 'format must be "json" or "csv"' }).default('json'),
  lang: consoleLangShape.optional().describe('language of the error messages (en or id); without it, Accept-Language decides'),
});

export const consoleNodeShape = z.object({
  elementId: z.string(),
  labels: z.array(z.string()),
  properties: z.record(z.string(), jsonValue),
});
export type ConsoleNode = z.infer<typeof consoleNodeShape>;

export const consoleRelationshipShape = z.object({
  elementId: z.string(),
  type: z.string(),
  start: z.string().describe('elementId of the start node'),
  end: z.string().describe('elementId of the end node'),
  properties: z.record(z.string(), jsonValue),
});
export type ConsoleRelationship = z.infer<typeof consoleRelationshipShape>;

export const cypherResultShape = z.object({
  columns: z.array(z.string()).describe('the RETURN columns, in order'),
  rows: z.array(z.record(z.string(), jsonValue)).describe('one object per row, keyed by column; nodes, relationships and paths as objects'),
  truncated: z.boolean().describe('true when the query had more rows than limit'),
  limit: z.number().int(),
  nodes: z.array(consoleNodeShape).optional().describe('every node found in the rows (for the graph view)'),
  relationships: z.array(consoleRelationshipShape).optional().describe('every relationship found in the rows'),
  elapsedMs: z.number(),
  notes: z
    .array(z.string())
    .optional()
    .describe("sentences about how the query was run, in the request's language: a =~ pattern matched only against texts up to a length (longer ones do not match)"),
});
export type CypherResult = z.infer<typeof cypherResultShape>;
