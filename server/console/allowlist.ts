// What the read-only console lets through by name: the procedures that only describe the graph, and
// Cypher's built-in namespaced functions. Both lists are exactly names that Neo4j 5.26 has (checked
// against SHOW PROCEDURES and SHOW FUNCTIONS of the test Neo4j in test/console/allowlist.neo4j.test.ts);
// everything else called by name is refused by the text check; procedures again by the plan check
// (a plan does not list the functions it calls: a user-defined one also needs its plugin, which the
// hardened Neo4j does not load, docs/NEO4J.md).
// Functions without a namespace (count, size, point, …) are Cypher's own and always allowed; a
// user-defined function always has a namespace (apoc.*, gds.*, …).
import { consoleMessages, type ConsoleLang, type NameKind, type NameReason } from './messages.ts';

/** Procedures a console query may CALL (Neo4j mode READ or DBMS, no admin rights needed, no writes). */
export const ALLOWED_PROCEDURES: readonly string[] = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'dbms.components',
];

/**
 * Allowlisted procedures that run in DBMS mode: Neo4j's plan reports such a query as type "s"
 * although it reads only, so the plan check accepts "s" when every procedure called is one of these.
 */
export const DBMS_MODE_PROCEDURES: readonly string[] = ['dbms.components'];

/**
 * Built-in namespaced functions of Neo4j 5.26 (Cypher Manual, "Functions": temporal, spatial and
 * vector functions). graph.byName and graph.byElementId are left out: they address other databases.
 */
export const ALLOWED_FUNCTIONS: readonly string[] = [
  'date.realtime',
  'date.statement',
  'date.transaction',
  'date.truncate',
  'datetime.fromepoch',
  'datetime.fromepochmillis',
  'datetime.realtime',
  'datetime.statement',
  'datetime.transaction',
  'datetime.truncate',
  'duration.between',
  'duration.inDays',
  'duration.inMonths',
  'duration.inSeconds',
  'localdatetime.realtime',
  'localdatetime.statement',
  'localdatetime.transaction',
  'localdatetime.truncate',
  'localtime.realtime',
  'localtime.statement',
  'localtime.transaction',
  'localtime.truncate',
  'point.distance',
  'point.withinBBox',
  'time.realtime',
  'time.statement',
  'time.transaction',
  'time.truncate',
  'vector.similarity.cosine',
  'vector.similarity.euclidean',
];

/** Words in a procedure or function name that mean it reaches files, URLs or other systems. */
const OUTSIDE_WORDS = ['load', 'import', 'export', 'http', 'url', 'file', 'csv', 'jdbc', 'bolt', 'cypher.run', 'periodic', 'trigger'];

// Neo4j resolves function names without regard to case and procedure names exactly; comparing
// both without regard to case only ever refuses more.
const lowerProcedures = new Set(ALLOWED_PROCEDURES.map((p) => p.toLowerCase()));
const lowerFunctions = new Set(ALLOWED_FUNCTIONS.map((f) => f.toLowerCase()));

export const isAllowedProcedure = (name: string): boolean => lowerProcedures.has(name.toLowerCase());

export const isAllowedFunction = (name: string): boolean => lowerFunctions.has(name.toLowerCase());

/** Why a procedure or function outside the allowlist is refused, in words a researcher can act on. */
export function whyRefused(kind: NameKind, name: string, lang: ConsoleLang = 'en'): string {
  const lower = name.toLowerCase();
  const outside = OUTSIDE_WORDS.find((w) => lower.includes(w));
  const reason: NameReason = outside
    ? { kind: 'outside', word: outside }
    : lower.startsWith('apoc.')
      ? { kind: 'apoc' }
      : lower.startsWith('gds.')
        ? { kind: 'gds' }
        : lower.startsWith('dbms.') || lower.startsWith('db.')
          ? { kind: 'admin' }
          : { kind: 'other' };
  return consoleMessages(lang).name(kind, name, reason, ALLOWED_PROCEDURES);
}
