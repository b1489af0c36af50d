// Public face of the read-only Cypher console.
export { checkConsoleQuery } from './check.ts';
export { runConsoleQuery, explainQueryType } from './run.ts';
export { ALLOWED_PROCEDURES, ALLOWED_FUNCTION_PREFIXES } from './allowlist.ts';
export {
  CONSOLE_LIMITS,
  cypherRequestShape,
  cypherQueryStringShape,
  cypherResultShape,
  consoleNodeShape,
  consoleRelationshipShape,
  type CypherRequest,
  type CypherResult,
  type ConsoleNode,
  type ConsoleRelationship,
} from './shapes.ts';
