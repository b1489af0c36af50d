// The plan check (server/console/plan-check.ts) on its own, without Neo4j: plans written here in the
// shape Neo4j 5.26 reports them (operatorType "Name@database", Details with the procedure's
// signature; shapes copied from EXPLAIN output of the test Neo4j). test/console/layers.neo4j.test.ts
// runs the same check on Neo4j's real plans of the attacks.
import { describe, expect, it } from 'vitest';
import { checkPlan, READ_OPERATORS, type PlanNode } from '../../server/console/index.ts';
import { AppError } from '../../server/errors.ts';

const op = (operatorType: string, children: PlanNode[] = [], details?: string): PlanNode => ({
  operatorType,
  arguments: details === undefined ? {} : { Details: details },
  children,
});
const results = (...children: PlanNode[]) => op('ProduceResults@neo4j', children, 'x');

const refusal = (type: string, plan: PlanNode, database = 'neo4j'): AppError => {
  try {
    checkPlan(type, plan, database);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`plan not refused: ${JSON.stringify(plan)}`);
};

describe('checkPlan', () => {
  it('accepts read plans: scans, expands, aggregation, subqueries, allowlisted procedures', () => {
    const read = results(op('EagerAggregation@neo4j', [op('Filter@neo4j', [op('Expand(All)@neo4j', [op('NodeByLabelScan@neo4j')])])]));
    expect(() => checkPlan('r', read, 'neo4j')).not.toThrow();
    expect(() => checkPlan('r', results(op('Apply@neo4j', [op('AllNodesScan@neo4j'), op('Limit@neo4j', [op('Argument@neo4j')])])), 'neo4j')).not.toThrow();
    expect(() => checkPlan('r', results(op('ProcedureCall@neo4j', [], 'db.labels() :: (label :: STRING)')), 'neo4j')).not.toThrow();
    expect(() => checkPlan('s', results(op('ProcedureCall@neo4j', [], 'dbms.components() :: (name :: STRING, versions :: LIST<STRING>, edition :: STRING)')), 'neo4j')).not.toThrow();
  });

  it.each([
    ['LoadCSV', results(op('LoadCSV@neo4j', [op('Projection@neo4j')], 'l')), 'r', /LOAD CSV reads files/],
    ['ShowTransactions', results(op('ShowTransactions@neo4j', [], 'defaultColumns, allTransactions')), 'r', /administration/],
    ['ShowSettings', results(op('ShowSettings@neo4j', [], 'allSettings')), 'r', /administration/],
    ['TerminateTransactions', results(op('TerminateTransactions@neo4j', [], 'transactions(x)')), 'r', /administration/],
    ['SHOW USERS (an administration command on the system database)', op('AdministrationCommand@system'), 's', /database "system"/],
    ['Create', results(op('Create@neo4j', [op('Argument@neo4j')])), 'w', /writes to the database/],
    ['SetProperty', results(op('SetProperty@neo4j', [op('AllNodesScan@neo4j')])), 'rw', /writes to the database/],
    ['MERGE (NodeUniqueIndexSeek(Locking))', results(op('Merge@neo4j', [op('NodeUniqueIndexSeek(Locking)@neo4j')])), 'rw', /writes/],
    ['CALL IN TRANSACTIONS', results(op('TransactionApply@neo4j', [op('AllNodesScan@neo4j'), op('Argument@neo4j')])), 'r', /IN TRANSACTIONS/],
    ['an operator nobody has checked', results(op('TeleportNodes@neo4j')), 'r', /operator TeleportNodes, which is not on the console's list/],
  ])('refuses a plan with %s', (_name, plan, type, reason) => {
    expect(refusal(type, plan).message).toMatch(reason);
  });

  it.each([
    ['dbms.listConfig', 'dbms.listConfig() :: (name :: STRING, value :: STRING)', 's', /dbms\.listConfig belongs to the administration/],
    ['dbms.queryJmx', 'dbms.queryJmx($autostring_0) :: (name :: STRING)', 's', /dbms\.queryJmx/],
    ['dbms.killConnections', 'dbms.killConnections($autolist_0) :: (connectionId :: STRING)', 's', /dbms\.killConnections/],
    ['apoc.load.json', 'apoc.load.json($autostring_0) :: (value :: MAP)', 'r', /files, URLs/],
    ['db.createLabel', 'db.createLabel($autostring_0)', 'w', /db\.createLabel/],
  ])('refuses a ProcedureCall of %s, deep in the plan', (_name, details, type, reason) => {
    const plan = results(op('Apply@neo4j', [op('ProcedureCall@neo4j', [op('ProcedureCall@neo4j', [], 'dbms.components() :: (name :: STRING)')], details), op('Argument@neo4j')]));
    expect(refusal(type, plan).message).toMatch(reason);
  });

  it('refuses a procedure call the plan does not name', () => {
    expect(refusal('r', results(op('ProcedureCall@neo4j'))).message).toMatch(/does not name/);
  });

  it('refuses operators of another database than the Rantai one', () => {
    expect(refusal('r', results(op('AllNodesScan@other')), 'neo4j').message).toMatch(/database "other"/);
  });

  it('refuses a read plan whose query type is not read-only, and a missing plan', () => {
    expect(refusal('rw', results(op('AllNodesScan@neo4j'))).message).toMatch(/reads and writes according to Neo4j's plan/);
    expect(refusal('s', results(op('ProcedureCall@neo4j', [], 'db.labels() :: (label :: STRING)'))).message).toMatch(/changes the schema or administers/);
    expect(() => checkPlan('r', false, 'neo4j')).toThrow(/no plan/);
  });

  it('keeps writing, loading and administering operators off the read list', () => {
    const forbidden = ['LoadCSV', 'Create', 'Merge', 'SetProperty', 'Delete', 'DetachDelete', 'Foreach', 'TransactionApply', 'TransactionForeach', 'ShowTransactions', 'ShowSettings', 'ShowProcedures', 'TerminateTransactions', 'AdministrationCommand', 'CreateIndex', 'NodeUniqueIndexSeek(Locking)', 'RunQueryAt'];
    expect(forbidden.filter((o) => READ_OPERATORS.has(o))).toEqual([]);
  });
});
