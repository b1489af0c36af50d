// Configuration from the environment, validated once. Every setting has a safe default so that
// `npm start` works on a fresh machine with nothing configured.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_DATASET = fileURLToPath(new URL('../seed/indonesia', import.meta.url));
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.data/embedded', import.meta.url));
export const WEB_ROOT = fileURLToPath(new URL('../dist/web', import.meta.url));

const wholeNumber = (name: string, min: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int({ error: `${name} must be a whole number` })
    .min(min, { error: `${name} must be at least ${min}` })
    .optional();

const envSchema = z.object({
  PORT: z.coerce.number({ error: 'PORT must be a port number' }).int().min(0).max(65535).default(8080),
  // Loopback by default: the console answers any Cypher read, so reaching it from the network is a
  // choice made with HOST=0.0.0.0 (README), not an accident of `npm start`.
  HOST: z.string().default('127.0.0.1'),
  RANTAI_DATASET: z.string().optional(),
  /** Where the embedded store keeps uploaded datasets (default .data/embedded/ in the repository). */
  RANTAI_DATA_DIR: z.string().optional(),
  RANTAI_WRITE_TOKEN: z.string().min(16, { error: 'RANTAI_WRITE_TOKEN must be at least 16 characters' }).optional(),
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, { error: 'NEO4J_URI must start with bolt://, neo4j://, bolt+s:// or neo4j+s://' }).optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
  // The Cypher console's own Neo4j user (a reader role on Enterprise/Aura: docs/NEO4J.md); unset,
  // the console uses NEO4J_USER, still through a driver and connection pool of its own.
  NEO4J_CONSOLE_USER: z.string().optional(),
  NEO4J_CONSOLE_PASSWORD: z.string().default(''),
  RANTAI_CORS_ORIGIN: z
    .string()
    .regex(/^(\*|https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*)$/, { error: 'RANTAI_CORS_ORIGIN must be "*" or comma-separated origins such as https://example.org' })
    .optional(),
  RANTAI_UPLOAD_MAX_BYTES: z.coerce.number({ error: 'RANTAI_UPLOAD_MAX_BYTES must be a number of bytes' }).int().positive().optional(),
  RANTAI_UPLOAD_MAX_FILE_BYTES: z.coerce.number({ error: 'RANTAI_UPLOAD_MAX_FILE_BYTES must be a number of bytes' }).int().positive().optional(),
  RANTAI_UPLOAD_MAX_TOTAL_BYTES: z.coerce.number({ error: 'RANTAI_UPLOAD_MAX_TOTAL_BYTES must be a number of bytes' }).int().positive().optional(),
  RANTAI_DRAIN_MS: z.coerce.number({ error: 'RANTAI_DRAIN_MS must be a number of milliseconds' }).int().nonnegative().optional(),
  RANTAI_REQUEST_TIMEOUT_MS: z.coerce.number({ error: 'RANTAI_REQUEST_TIMEOUT_MS must be a number of milliseconds' }).int().positive().optional(),
  RANTAI_UPLOAD_MAX_FILES: z.coerce.number({ error: 'RANTAI_UPLOAD_MAX_FILES must be a whole number' }).int().positive().optional(),
  RANTAI_UPLOAD_HEAP_MB: wholeNumber('RANTAI_UPLOAD_HEAP_MB', 64),
  RANTAI_EXPORT_HEAP_MB: wholeNumber('RANTAI_EXPORT_HEAP_MB', 64),
  // Analysis work per store (server/work/limits.ts): places, queue, time budget, heap, answer cache.
  RANTAI_ANALYSIS_CONCURRENCY: wholeNumber('RANTAI_ANALYSIS_CONCURRENCY', 1),
  RANTAI_EXPORT_CONCURRENCY: wholeNumber('RANTAI_EXPORT_CONCURRENCY', 1),
  RANTAI_ANALYSIS_QUEUE: wholeNumber('RANTAI_ANALYSIS_QUEUE', 0),
  RANTAI_ANALYSIS_QUEUE_WAIT_MS: wholeNumber('RANTAI_ANALYSIS_QUEUE_WAIT_MS', 0),
  RANTAI_ANALYSIS_TIMEOUT_MS: wholeNumber('RANTAI_ANALYSIS_TIMEOUT_MS', 1),
  RANTAI_HEAP_LIMIT_PERCENT: z.coerce.number({ error: 'RANTAI_HEAP_LIMIT_PERCENT must be a percentage' }).gt(0, { error: 'RANTAI_HEAP_LIMIT_PERCENT must be above 0' }).max(100, { error: 'RANTAI_HEAP_LIMIT_PERCENT must be at most 100' }).optional(),
  RANTAI_CACHE_ENTRIES: wholeNumber('RANTAI_CACHE_ENTRIES', 0),
  RANTAI_CACHE_MB: z.coerce.number({ error: 'RANTAI_CACHE_MB must be a number of megabytes' }).min(0, { error: 'RANTAI_CACHE_MB must not be negative' }).optional(),
  // How long a Neo4j load lock lives without renewal (cypher/load/README.md).
  RANTAI_LOAD_LOCK_TTL_MS: wholeNumber('RANTAI_LOAD_LOCK_TTL_MS', 1000),
  // A pause after each staging batch of a Neo4j load, for tests and demonstrations that need a load
  // still running (default 0: no pause).
  RANTAI_LOAD_BATCH_PAUSE_MS: wholeNumber('RANTAI_LOAD_BATCH_PAUSE_MS', 0),
  // A file whose existence holds a Neo4j load after each staging batch until it is removed: for
  // tests that need a load to stay in staging exactly as long as they take (default: none).
  RANTAI_LOAD_HOLD_FILE: z.string().min(1, { error: 'RANTAI_LOAD_HOLD_FILE must be a file name' }).optional(),
});

export type Config = z.infer<typeof envSchema>;

/** Reads the configuration; throws an Error naming the variable when one is malformed. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(blankless);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`configuration: ${String(issue.path[0])}: ${issue.message}`);
  }
  return result.data;
}
