// The console's sentences in a language, as the checks use them: the wording lives in the product's
// one catalogue (server/i18n/messages/console.ts) and is written with say(); this file gives it the
// shape the checks call (a refusal per keyword, a function per sentence with parameters). The
// checks build their refusals in the language of the request (`?lang=`, or Accept-Language), so a
// researcher reads why a query was refused in the language of the UI. Names from Cypher and Neo4j
// (CREATE, LOAD CSV, dbms.listConfig, operator names) stay as they are written.
import type { RegexHazard } from './regex-safety.ts';
import { count, decimal, fromAcceptLanguage, LANGS, LangTagSchema, say, type Lang } from '../i18n/index.ts';
import { CHARACTER_NAMES } from '../i18n/messages/console.ts';

// The product's one language enum and Accept-Language reading (server/i18n), under the console's names.
export const consoleLangShape = LangTagSchema;
export type ConsoleLang = Lang;
export const langFromHeader = fromAcceptLanguage;

export const REFUSED_KEYWORD_NAMES = [
  'CREATE',
  'MERGE',
  'SET',
  'DELETE',
  'DETACH',
  'REMOVE',
  'INSERT',
  'FOREACH',
  'DROP',
  'ALTER',
  'RENAME',
  'GRANT',
  'DENY',
  'REVOKE',
  'SHOW',
  'TERMINATE',
  'USE',
  'PERIODIC',
  'TRANSACTIONS',
  'DRYRUN',
] as const;
export type RefusedKeyword = (typeof REFUSED_KEYWORD_NAMES)[number];
export type RefusedPair = 'LOAD' | 'START' | 'STOP' | 'ENABLE' | 'DEALLOCATE' | 'REALLOCATE';
export type RefusedFirst = 'EXPLAIN' | 'PROFILE' | 'CYPHER';
export type NameKind = 'procedure' | 'function';
/** What is nested too deep (nesting.ts). */
export type NestingKind = 'brackets' | 'chain' | 'not';
export type NameReason = { kind: 'outside'; word: string } | { kind: 'apoc' } | { kind: 'gds' } | { kind: 'admin' } | { kind: 'other' };

export interface ConsoleMessages {
  neverClosed: Record<'name' | 'string' | 'comment', string>;
  invisible: (p: { codePoint: number; line: number; column: number }) => string;
  empty: string;
  browserCommand: string;
  oneStatement: string;
  callNeedsName: string;
  renameHint: string;
  keyword: Record<RefusedKeyword, string>;
  pair: Record<RefusedPair, string>;
  first: Record<RefusedFirst, string>;
  name: (kind: NameKind, name: string, reason: NameReason, allowedProcedures: readonly string[]) => string;
  rangeBounds: (text: string) => string;
  rangeTooMany: (text: string, max: number) => string;
  nesting: (kind: NestingKind, p: { depth: number; max: number; line: number; column: number }) => string;
  tooManyTokens: (tokens: number, max: number) => string;
  unions: (p: { n: number; max: number; line: number; column: number }) => string;
  carriedNesting: (name: string, p: { depth: number; max: number; line: number; column: number }) => string;
  labelCombinations: (p: { size: number; max: number; line: number; column: number }) => string;
  replaceSquares: (name: string | null, p: { line: number; column: number }) => string;
  comprehensionRepeats: (kind: 'repeat' | 'loop', name: string, p: { line: number; column: number }) => string;
  valueCopies: (name: string | null, p: { copies: number; max: number; line: number; column: number }) => string;
  operatorDepth: (p: { depth: number; max: number; line: number; column: number }) => string;
  expansion: (p: { size: number; copies: number; max: number }) => string;
  andOr: (p: { n: number; max: number }) => string;
  regexOperand: (p: { line: number; column: number }) => string;
  regexHazard: (pattern: string, hazard: RegexHazard, p: { line: number; column: number }) => string;
  regexBound: (pattern: string, bound: number, p: { line: number; column: number }) => string;
  noPlan: string;
  otherDatabase: (database: string, rantai: string) => string;
  administration: (operator: string) => string;
  writes: (operator: string) => string;
  unknownOperator: (operator: string) => string;
  unnamedProcedure: string;
  queryType: (type: string) => string;
  perClient: (running: number, seconds: number) => string;
  busy: (running: number, seconds: number) => string;
  coolingDown: (overdueSeconds: number, seconds: number) => string;
  timeout: (timeoutMs: number) => string;
  memory: string;
  memoryLimit: (usedBytes: number, maxBytes: number) => string;
  tooLarge: (rows: number, max: number) => string;
  tooLargeToRead: (mb: number) => string;
  tooDeep: (max: number) => string;
  reduceNests: (accumulator: string, p: { line: number; column: number }) => string;
  reduceGrows: (accumulator: string, p: { times: number; max: number; line: number; column: number }) => string;
  reduceReplaces: (accumulator: string, p: { max: number; line: number; column: number }) => string;
  accessMode: string;
  signIn: string;
  neo4jRefused: (message: string) => string;
  cypherError: (message: string) => string;
  changed: string;
  needsNeo4j: string;
}

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

const each = <K extends string>(keys: readonly K[], of: (k: K) => string): Record<K, string> => Object.fromEntries(keys.map((k) => [k, of(k)])) as Record<K, string>;

const PAIRS: readonly RefusedPair[] = ['LOAD', 'START', 'STOP', 'ENABLE', 'DEALLOCATE', 'REALLOCATE'];
const FIRSTS: readonly RefusedFirst[] = ['EXPLAIN', 'PROFILE', 'CYPHER'];
const QUERY_TYPES = new Set(['rw', 'w', 's']);
/** Regex hazards whose message carries its own advice (console.regex.stack's template). */
const OWN_ADVICE = new Set<RegexHazard>(['too-many-parts', 'repeat-in-atomic', 'unparsable', 'backreference', 'lookaround']);

function messagesIn(lang: Lang): ConsoleMessages {
  return {
    neverClosed: { name: say(lang, 'console.neverClosed.name'), string: say(lang, 'console.neverClosed.string'), comment: say(lang, 'console.neverClosed.comment') },
    invisible: ({ codePoint, line, column }) => {
      const name = CHARACTER_NAMES[codePoint]?.[lang];
      const code = hex(codePoint);
      const what = name ? say(lang, 'console.invisible.named', { code, name }) : say(lang, 'console.invisible.control', { code });
      return say(lang, 'console.invisible', { what, line: String(line), column: String(column) });
    },
    empty: say(lang, 'console.empty'),
    browserCommand: say(lang, 'console.browserCommand'),
    oneStatement: say(lang, 'console.oneStatement'),
    callNeedsName: say(lang, 'console.callNeedsName'),
    renameHint: say(lang, 'console.renameHint'),
    keyword: each(REFUSED_KEYWORD_NAMES, (k) => say(lang, `console.keyword.${k}`)),
    pair: each(PAIRS, (k) => say(lang, `console.pair.${k}`)),
    first: each(FIRSTS, (k) => say(lang, `console.first.${k}`)),
    name: (kind, name, reason, allowedProcedures) => {
      const allowed = kind === 'procedure' ? say(lang, 'console.allowed.procedure', { list: allowedProcedures.join(', ') }) : say(lang, 'console.allowed.function');
      const words = { kind: say(lang, `console.kind.${kind}`), kinds: say(lang, `console.kinds.${kind}`) };
      switch (reason.kind) {
        case 'outside':
          return say(lang, 'console.name.outside', { kind: words.kind, name, word: reason.word, allowed });
        case 'apoc':
          return say(lang, 'console.name.apoc', { kinds: words.kinds, name, allowed });
        case 'gds':
          return say(lang, 'console.name.gds', { kinds: words.kinds, name, allowed });
        case 'admin':
          return say(lang, 'console.name.admin', { kind: words.kind, name, allowed });
        default:
          return say(lang, 'console.name.other', { kind: words.kind, kinds: words.kinds, name, allowed });
      }
    },
    rangeBounds: (text) => say(lang, 'console.rangeBounds', { text }),
    rangeTooMany: (text, max) => say(lang, 'console.rangeTooMany', { text, max: max.toLocaleString(lang === 'id' ? 'id-ID' : 'en') }),
    nesting: (kind, p) => say(lang, 'console.nesting', { what: say(lang, `console.nesting.${kind}`), depth: count(lang, p.depth), max: count(lang, p.max), line: String(p.line), column: String(p.column) }),
    regexOperand: (p) => say(lang, 'console.regex.operand', { line: String(p.line), column: String(p.column) }),
    regexHazard: (pattern, hazard, p) =>
      // The stack hazards, a pattern it cannot read, back-references and lookarounds carry their own
      // advice; the others share the template's (no repeated repetitions), which would not apply.
      say(lang, OWN_ADVICE.has(hazard) ? 'console.regex.stack' : 'console.regex.hazard', { pattern: pattern.length > 80 ? `${pattern.slice(0, 79)}…` : pattern, why: say(lang, `console.regex.${hazard}`), line: String(p.line), column: String(p.column) }),
    regexBound: (pattern, bound, p) =>
      say(lang, 'console.regex.bound', { pattern: pattern.length > 80 ? `${pattern.slice(0, 79)}…` : pattern, bound: count(lang, bound), line: String(p.line), column: String(p.column) }),
    unions: (p) => say(lang, 'console.unions', { n: count(lang, p.n), max: count(lang, p.max), line: String(p.line), column: String(p.column) }),
    tooManyTokens: (tokens, max) => say(lang, 'console.tooManyTokens', { tokens: count(lang, tokens), max: count(lang, max) }),
    carriedNesting: (name, p) => say(lang, 'console.carriedNesting', { name, depth: count(lang, p.depth), max: count(lang, p.max), line: String(p.line), column: String(p.column) }),
    labelCombinations: (p) => say(lang, 'console.labelCombinations', { size: count(lang, p.size), max: count(lang, p.max), line: String(p.line), column: String(p.column) }),
    comprehensionRepeats: (kind, name, p) => say(lang, kind === 'repeat' ? 'console.comprehension.repeat' : 'console.comprehension.loop', { name, line: String(p.line), column: String(p.column) }),
    replaceSquares: (name, p) => say(lang, 'console.replaceSquares', { what: name ?? say(lang, 'console.valueCopies.unnamed'), line: String(p.line), column: String(p.column) }),
    valueCopies: (name, p) => say(lang, 'console.valueCopies', { what: name ?? say(lang, 'console.valueCopies.unnamed'), copies: count(lang, p.copies), max: count(lang, p.max), line: String(p.line), column: String(p.column) }),
    operatorDepth: (p) => say(lang, 'console.operatorDepth', { depth: count(lang, p.depth), max: count(lang, p.max), line: String(p.line), column: String(p.column) }),
    andOr: (p) => say(lang, 'console.andOr', { n: count(lang, p.n), max: count(lang, p.max) }),
    expansion: (p) => say(lang, 'console.expansion', { size: count(lang, p.size), copies: count(lang, p.copies), max: count(lang, p.max) }),
    noPlan: say(lang, 'console.noPlan'),
    otherDatabase: (database, rantai) => say(lang, 'console.otherDatabase', { database, rantai }),
    administration: (operator) => say(lang, 'console.administration', { operator }),
    writes: (operator) => say(lang, 'console.writes', { operator }),
    unknownOperator: (operator) => say(lang, 'console.unknownOperator', { operator }),
    unnamedProcedure: say(lang, 'console.unnamedProcedure'),
    queryType: (type) => {
      const does = QUERY_TYPES.has(type) ? say(lang, `console.does.${type as 'rw' | 'w' | 's'}`) : say(lang, 'console.does.other', { type });
      return say(lang, 'console.queryType', { does });
    },
    perClient: (running, seconds) => say(lang, 'console.perClient', { running: String(running), seconds: String(seconds) }),
    busy: (running, seconds) => say(lang, 'console.busy', { running: String(running), seconds: String(seconds) }),
    coolingDown: (overdue, seconds) => say(lang, 'console.coolingDown', { overdue: count(lang, overdue), seconds: count(lang, seconds) }),
    timeout: (timeoutMs) => say(lang, 'console.timeout', { seconds: decimal(lang, timeoutMs / 1000) }),
    memory: say(lang, 'console.memory'),
    memoryLimit: (usedBytes, maxBytes) => say(lang, 'console.memoryLimit', { used: count(lang, Math.round(usedBytes / 2 ** 20)), max: count(lang, Math.round(maxBytes / 2 ** 20)) }),
    reduceNests: (accumulator, p) => say(lang, 'console.reduceNests', { accumulator, line: String(p.line), column: String(p.column) }),
    reduceReplaces: (accumulator, p) => say(lang, 'console.reduceReplaces', { accumulator, max: count(lang, p.max), line: String(p.line), column: String(p.column) }),
    reduceGrows: (accumulator, p) => say(lang, 'console.reduceGrows', { accumulator, times: count(lang, p.times), max: count(lang, p.max), line: String(p.line), column: String(p.column) }),
    tooDeep: (max) => say(lang, 'console.tooDeep', { max: count(lang, max) }),
    tooLarge: (rows, max) => say(lang, 'console.tooLarge', { rows: count(lang, rows), max: count(lang, max) }),
    tooLargeToRead: (mb) => say(lang, 'console.tooLargeToRead', { mb: count(lang, mb) }),
    accessMode: say(lang, 'console.accessMode'),
    signIn: say(lang, 'console.signIn'),
    neo4jRefused: (message) => say(lang, 'console.neo4jRefused', { message }),
    cypherError: (message) => say(lang, 'console.cypherError', { message }),
    changed: say(lang, 'console.changed'),
    needsNeo4j: say(lang, 'console.needsNeo4j'),
  };
}

export const CONSOLE_MESSAGES: Record<ConsoleLang, ConsoleMessages> = Object.fromEntries(LANGS.map((lang) => [lang, messagesIn(lang)])) as Record<ConsoleLang, ConsoleMessages>;

export const consoleMessages = (lang: ConsoleLang = 'en'): ConsoleMessages => CONSOLE_MESSAGES[lang];
