// Configuration from the environment, validated once. Every setting has a safe default so that
// `npm start` works on a fresh machine with nothing configured.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseTrustProxy } from './util/trust-proxy.ts';
import { EN, render, text, type Lang, type MessageKey, type Text } from './i18n/index.ts';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_DATASET = fileURLToPath(new URL('../seed/indonesia', import.meta.url));
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.data/embedded', import.meta.url));
export const WEB_ROOT = fileURLToPath(new URL('../dist/web', import.meta.url));

// Each refusal below is the key of its reason (server/i18n/messages/runtime.ts), told in the
// language of whoever runs the server; `min` and `max` refusals say their bound (reasonOf).
const WHOLE = { error: 'runtime.config.wholeNumber' } as const;
const wholeNumber = (min: number) => z.coerce.number(WHOLE).int(WHOLE).min(min).optional();
const positive = (error: MessageKey) => z.coerce.number({ error }).int({ error }).min(1).optional();

const envSchema = z.object({
  PORT: z.coerce.number({ error: 'runtime.config.port' }).int({ error: 'runtime.config.port' }).min(0, { error: 'runtime.config.port' }).max(65535, { error: 'runtime.config.port' }).default(8080),
  // Loopback by default: the console answers any Cypher read, so reaching it from the network is a
  // choice made with HOST=0.0.0.0 (README), not an accident of `npm start`.
  HOST: z.string().default('127.0.0.1'),
  RANTAI_DATASET: z.string().optional(),
  /** Where the embedded store keeps uploaded datasets (default .data/embedded/ in the repository). */
  RANTAI_DATA_DIR: z.string().optional(),
  RANTAI_WRITE_TOKEN: z.string().min(16, { error: 'runtime.config.tokenLength' }).optional(),
  NEO4J_URI: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, { error: 'runtime.config.neo4jUri' }).optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().default('neo4j'),
  // The Cypher console's own Neo4j user (a reader role on Enterprise/Aura: docs/NEO4J.md); unset,
  // the console uses NEO4J_USER, still through a driver and connection pool of its own.
  NEO4J_CONSOLE_USER: z.string().optional(),
  NEO4J_CONSOLE_PASSWORD: z.string().default(''),
  RANTAI_CORS_ORIGIN: z
    .string()
    .regex(/^(\*|https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*)$/, { error: 'runtime.config.corsOrigin' })
    .optional(),
  // The reverse proxies in front (server/util/trust-proxy.ts): unset, X-Forwarded-For is ignored.
  RANTAI_TRUST_PROXY: z.string().refine((s) => parseTrustProxy(s) !== null, { error: 'runtime.config.trustProxy' }).optional(),
  RANTAI_UPLOAD_MAX_BYTES: positive('runtime.config.bytes'),
  RANTAI_UPLOAD_MAX_FILE_BYTES: positive('runtime.config.bytes'),
  RANTAI_UPLOAD_MAX_TOTAL_BYTES: positive('runtime.config.bytes'),
  RANTAI_DRAIN_MS: z.coerce.number({ error: 'runtime.config.milliseconds' }).int({ error: 'runtime.config.milliseconds' }).min(0).optional(),
  RANTAI_REQUEST_TIMEOUT_MS: positive('runtime.config.milliseconds'),
  RANTAI_UPLOAD_MAX_FILES: positive('runtime.config.wholeNumber'),
  RANTAI_UPLOAD_HEAP_MB: wholeNumber(64),
  RANTAI_EXPORT_HEAP_MB: wholeNumber(64),
  // Analysis work per store (server/work/limits.ts): places, queue, time budget, heap, answer cache.
  RANTAI_ANALYSIS_CONCURRENCY: wholeNumber(1),
  RANTAI_EXPORT_CONCURRENCY: wholeNumber(1),
  RANTAI_ANALYSIS_QUEUE: wholeNumber(0),
  RANTAI_ANALYSIS_QUEUE_WAIT_MS: wholeNumber(0),
  RANTAI_ANALYSIS_TIMEOUT_MS: wholeNumber(1),
  RANTAI_HEAP_LIMIT_PERCENT: z.coerce.number({ error: 'runtime.config.percentage' }).gt(0, { error: 'runtime.config.percentage' }).max(100, { error: 'runtime.config.percentage' }).optional(),
  RANTAI_CACHE_ENTRIES: wholeNumber(0),
  RANTAI_CACHE_MB: z.coerce.number({ error: 'runtime.config.megabytes' }).min(0, { error: 'runtime.config.megabytes' }).optional(),
  // How long a Neo4j load lock lives without renewal (cypher/load/README.md).
  RANTAI_LOAD_LOCK_TTL_MS: wholeNumber(1000),
  // A pause after each staging batch of a Neo4j load, for tests and demonstrations that need a load
  // still running (default 0: no pause).
  RANTAI_LOAD_BATCH_PAUSE_MS: wholeNumber(0),
  // A file whose existence holds a Neo4j load after each staging batch until it is removed: for
  // tests that need a load to stay in staging exactly as long as they take (default: none).
  RANTAI_LOAD_HOLD_FILE: z.string().min(1, { error: 'runtime.config.fileName' }).optional(),
});

export type Config = z.infer<typeof envSchema>;

/** A malformed setting: its message names the variable once and can be told in either language. */
export class ConfigError extends Error {
  constructor(readonly text: Text) {
    super(render('en', text));
    this.name = 'ConfigError';
  }
  messageIn(lang: Lang): string {
    return render(lang, this.text);
  }
}

const isKey = (message: string): message is MessageKey => Object.hasOwn(EN, message);

/** Reasons that say the bounds themselves; a schema's other key is also given to its bounds' refusals (zod passes it down). */
const SAYS_BOUNDS: ReadonlySet<string> = new Set(['runtime.config.port', 'runtime.config.tokenLength', 'runtime.config.percentage', 'runtime.config.megabytes', 'runtime.config.fileName']);

/** Why a variable was refused: the bound it passed, or the schema's key. */
function reasonOf(issue: z.core.$ZodIssue): Text {
  if (!SAYS_BOUNDS.has(issue.message)) {
    if (issue.code === 'too_small') return text('runtime.config.atLeast', { min: String(issue.minimum) });
    if (issue.code === 'too_big') return text('runtime.config.atMost', { max: String(issue.maximum) });
  }
  return isKey(issue.message) ? { key: issue.message } : text('runtime.config.text');
}

/** Reads the configuration; throws a ConfigError naming the variable when one is malformed. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(blankless);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigError(text('runtime.config', { variable: String(issue.path[0]), reason: reasonOf(issue) }));
  }
  return result.data;
}
