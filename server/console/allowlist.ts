// What the read-only console lets through by name: the procedures that only describe the graph
// (Neo4j Operations Manual, "Procedures": all of these run in READ or DBMS mode and write nothing),
// and the namespaces of Cypher's built-in functions. Everything else called by name is refused.

/** Procedures a console query may CALL (compared without regard to case). */
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
 * although it reads only, so the plan check accepts "s" when the query calls one of these.
 */
export const DBMS_MODE_PROCEDURES: readonly string[] = ['dbms.components'];

/**
 * Namespaces of built-in functions (Cypher Manual, "Functions"): spatial, temporal and vector
 * functions, and db.nameFromElementId. User-defined functions (apoc.*, gds.*, …) are refused.
 */
export const ALLOWED_FUNCTION_PREFIXES: readonly string[] = [
  'point.',
  'date.',
  'datetime.',
  'localdatetime.',
  'localtime.',
  'time.',
  'duration.',
  'vector.similarity.',
  'db.nameFromElementId',
];

/** Words in a procedure or function name that mean it reaches files, URLs or other systems. */
const OUTSIDE_WORDS = ['load', 'import', 'export', 'http', 'url', 'file', 'csv', 'jdbc', 'bolt', 'cypher.run', 'periodic', 'trigger'];

export const isAllowedProcedure = (name: string): boolean => ALLOWED_PROCEDURES.some((p) => p.toLowerCase() === name.toLowerCase());

export const isAllowedFunction = (name: string): boolean => {
  const lower = name.toLowerCase();
  return ALLOWED_FUNCTION_PREFIXES.some((p) => (p.endsWith('.') ? lower.startsWith(p.toLowerCase()) : lower === p.toLowerCase()));
};

/** Why a procedure or function outside the allowlist is refused, in words a researcher can act on. */
export function whyRefused(kind: 'procedure' | 'function', name: string): string {
  const lower = name.toLowerCase();
  const outside = OUTSIDE_WORDS.find((w) => lower.includes(w));
  const allowed = kind === 'procedure' ? ` (allowed: ${ALLOWED_PROCEDURES.join(', ')})` : ' (only Cypher\'s built-in functions are allowed)';
  if (outside) return `the ${kind} ${name} may read files, URLs or other systems ("${outside}"); the console only reads the graph${allowed}`;
  if (lower.startsWith('apoc.')) return `APOC ${kind}s such as ${name} can write or reach the outside; the console does not run them${allowed}`;
  if (lower.startsWith('gds.')) return `Graph Data Science ${kind}s such as ${name} can write results or project graphs; the console does not run them${allowed}`;
  if (lower.startsWith('dbms.') || lower.startsWith('db.')) return `the ${kind} ${name} administers or changes the database; the console only reads the graph${allowed}`;
  return `the ${kind} ${name} is not on the console's list of read-only ${kind}s${allowed}`;
}
