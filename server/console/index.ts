// Public face of the read-only Cypher console.
export { checkConsoleQuery, type CheckedQuery } from './check.ts';
export { checkPlan, READ_OPERATORS, type PlanNode } from './plan-check.ts';
export { ConsoleRunner, CONSOLE_LAYERS, explainPlan, explainQueryType, type ConsoleCaller, type ConsoleLayers, type ConsoleRunnerOptions } from './run.ts';
export { CONSOLE_MESSAGES, consoleLangShape, consoleMessages, langFromHeader, type ConsoleLang, type ConsoleMessages } from './messages.ts';
export { ALLOWED_PROCEDURES, ALLOWED_FUNCTIONS } from './allowlist.ts';
export { retryAfterHeader } from './retry-after.ts';
export { consoleClientKey } from './client-key.ts';
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
