// The second layer: Neo4j's own plan of the query (from EXPLAIN, which runs nothing) must consist of
// read operators only, call only allowlisted procedures, and run on the Rantai database. This holds
// whatever the text looks like — a disguise that gets past the text checks still plans as LoadCSV,
// ShowTransactions or ProcedureCall dbms.listConfig, and is refused here. Operators are allowed by
// list (Neo4j Cypher Manual 5, "Operators in detail"; names as Neo4j 5.26 reports them in
// summary.plan.operatorType, e.g. "AllNodesScan@neo4j"); an operator not on the list is refused,
// so a new Neo4j operator is refused until someone has checked that it only reads.
// The query type of the plan ("r" read only) is checked as well.
import { AppError } from '../errors.ts';
import { ALLOWED_PROCEDURES, DBMS_MODE_PROCEDURES, whyRefused } from './allowlist.ts';
import { consoleMessages, type ConsoleLang, type ConsoleMessages } from './messages.ts';

/** The parts of a Neo4j plan (neo4j-driver's Plan) the check reads. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: readonly PlanNode[];
}

const leaves = [
  'AllNodesScan',
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeByIdSeek',
  'NodeByElementIdSeek',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexScan',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'MultiNodeIndexSeek',
  'AssertingMultiNodeIndexSeek',
  'AssertingMultiRelationshipIndexSeek',
  'NodeCountFromCountStore',
  'RelationshipCountFromCountStore',
  'Argument',
  'ArgumentTracker',
];
const relationshipLeaves = [
  'RelationshipByIdSeek',
  'RelationshipByElementIdSeek',
  'RelationshipIndexSeek',
  'RelationshipUniqueIndexSeek',
  'RelationshipIndexSeekByRange',
  'RelationshipUniqueIndexSeekByRange',
  'RelationshipIndexScan',
  'RelationshipIndexContainsScan',
  'RelationshipIndexEndsWithScan',
  'RelationshipTypeScan',
  'AllRelationshipsScan',
  'UnionRelationshipTypesScan',
].flatMap((op) => [`Directed${op}`, `Undirected${op}`]);

/** Operators that only read the graph or transform rows (nothing that writes, loads, administers or batches). */
export const READ_OPERATORS: ReadonlySet<string> = new Set([
  ...leaves,
  ...relationshipLeaves,
  // Partitioned variants (parallel runtime, Enterprise) read the same way.
  ...[...leaves, ...relationshipLeaves].map((op) => `Partitioned${op}`),
  'Expand(All)',
  'Expand(Into)',
  'OptionalExpand(All)',
  'OptionalExpand(Into)',
  'VarLengthExpand(All)',
  'VarLengthExpand(Into)',
  'VarLengthExpand(Pruning)',
  'VarLengthExpand(Pruning,BFS,All)',
  'VarLengthExpand(Pruning,BFS,Into)',
  'BFSPruningVarExpand',
  'ShortestPath',
  'StatefulShortestPath(All)',
  'StatefulShortestPath(Into)',
  'Repeat(Trail)',
  'Repeat(Walk)',
  'BidirectionalRepeat(Trail)',
  'PathPropagatingBFS',
  'NullifyMetadata',
  'ProjectEndpoints',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  'Filter',
  'Projection',
  'ProduceResults',
  'EmptyResult',
  'Eager',
  'CacheProperties',
  'Limit',
  'ExhaustiveLimit',
  'Skip',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Distinct',
  'OrderedDistinct',
  'EagerAggregation',
  'OrderedAggregation',
  'Unwind',
  'PartitionedUnwind',
  'Optional',
  'Anti',
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'RollUpApply',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'Union',
  'OrderedUnion',
  'AssertSameNode',
  'AssertSameRelationship',
  // The single row a COLLECT { … } or EXISTS { … } subquery starts from.
  'EmptyRow',
  // Checked further below: only allowlisted procedures.
  'ProcedureCall',
]);

const refuse = (message: string, details?: unknown): AppError => new AppError('query_refused', message, details);

/** Why an operator outside READ_OPERATORS is refused, for the operators a hostile query plans. */
function whyOperator(name: string, m: ConsoleMessages): string {
  if (name === 'LoadCSV') return m.pair.LOAD;
  if (/^(Show|Terminate|AdministrationCommand|SystemProcedureCall)/.test(name)) return m.administration(name);
  if (/^Transaction(Apply|Foreach)$/.test(name)) return m.keyword.TRANSACTIONS;
  if (/^(Create|Merge|Set|Remove|Delete|DetachDelete|Foreach|SubqueryForeach|LockingMerge|DoNothingIfExists|Drop)|Locking/.test(name)) return m.writes(name);
  return m.unknownOperator(name);
}

/** The procedure a ProcedureCall operator calls, from its Details ("db.labels() :: (label :: STRING)"). */
function procedureName(node: PlanNode): string | null {
  const details = node.arguments?.Details;
  if (typeof details !== 'string') return null;
  const match = /^\s*([^\s(]+)\s*\(/.exec(details);
  return match ? match[1]!.replaceAll('`', '') : null;
}

/**
 * Throws query_refused unless the plan reads only: every operator on READ_OPERATORS, every
 * procedure on ALLOWED_PROCEDURES, everything on `database`, and query type "r" (or "s" when a
 * DBMS-mode procedure of the allowlist is called).
 */
export function checkPlan(queryType: string, plan: PlanNode | null | undefined | false, database: string, lang: ConsoleLang = 'en'): void {
  const m = consoleMessages(lang);
  if (!plan) throw refuse(m.noPlan);
  const procedures: string[] = [];
  const stack: PlanNode[] = [plan];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const [name = '', db] = node.operatorType.split('@');
    if (db !== undefined && db !== database) {
      throw refuse(m.otherDatabase(db, database), { operator: name, database: db });
    }
    if (!READ_OPERATORS.has(name)) throw refuse(whyOperator(name, m), { operator: name });
    if (name === 'ProcedureCall') {
      const procedure = procedureName(node);
      if (procedure === null) throw refuse(m.unnamedProcedure);
      if (!ALLOWED_PROCEDURES.includes(procedure)) throw refuse(whyRefused('procedure', procedure, lang), { procedure });
      procedures.push(procedure);
    }
    stack.push(...(node.children ?? []));
  }
  // With every operator a read and every procedure allowlisted, "s" can only come from a DBMS-mode one.
  const dbmsMode = procedures.some((p) => DBMS_MODE_PROCEDURES.includes(p));
  if (queryType !== 'r' && !(queryType === 's' && dbmsMode)) {
    throw refuse(m.queryType(queryType), { queryType });
  }
}
