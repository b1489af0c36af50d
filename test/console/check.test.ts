// The console's textual checks (server/console/check.ts), without Neo4j: every hostile query of the
// corpus is refused with a reason, every research query passes, and names, strings and comments
// that merely look like keywords are not mistaken for them.
import { describe, expect, it } from 'vitest';
import { checkConsoleQuery } from '../../server/console/index.ts';
import { AppError } from '../../server/errors.ts';
import { HOSTILE, RESEARCH } from './corpus.ts';

const refusal = (query: string): AppError => {
  try {
    checkConsoleQuery(query);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`not refused: ${query}`);
};

describe('checkConsoleQuery', () => {
  it('has a corpus of at least 30 hostile and 10 research queries', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
    expect(RESEARCH.length).toBeGreaterThanOrEqual(10);
  });

  it.each(HOSTILE.map((q) => [q]))('refuses %s', (query) => {
    const error = refusal(query);
    expect(error.code).toBe('query_refused');
    expect(error.status).toBe(400);
    expect(error.message.length).toBeGreaterThan(20);
  });

  it.each(RESEARCH.map((r) => [r.title, r.query]))('lets through: %s', (_title, query) => {
    expect(() => checkConsoleQuery(query)).not.toThrow();
  });

  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", /LOAD CSV reads files/],
    ['MATCH (n) RETURN n; MATCH (m) DELETE m', /one statement at a time/],
    ['PROFILE MATCH (n) RETURN n', /PROFILE executes/],
    ["CALL apoc.load.json('x')", /files, URLs.*"load"/],
    ['CALL dbms.security.listUsers()', /administers or changes the database/],
    ['CALL gds.pageRank.stream("g")', /Graph Data Science/],
    ['RETURN apoc.coll.sum([1])', /APOC function/],
    ['CALL custom.thing()', /not on the console's list/],
    ['MATCH (f:Firm) CALL { WITH f SET f.x = 1 } IN TRANSACTIONS', /SET changes properties/],
    ['MATCH (f:Firm) CALL { WITH f RETURN f.id AS i } IN TRANSACTIONS RETURN i', /IN TRANSACTIONS runs batched writes/],
    [':param x => 1', /Browser commands/],
    ['USE system MATCH (n) RETURN n', /switches database/],
  ])('says why: %s', (query, reason) => {
    expect(refusal(query).message).toMatch(reason);
  });

  it('drops one trailing semicolon and keeps the rest of the text as written', () => {
    const q = '// firms\nMATCH (f:Firm) RETURN count(f) AS n ;  ';
    expect(checkConsoleQuery(q).text).toBe('// firms\nMATCH (f:Firm) RETURN count(f) AS n ');
  });

  it('ignores keywords and semicolons inside strings, comments and backticks', () => {
    const q = "MATCH (f:Firm) // DETACH DELETE f;\n/* CREATE (x); */ WHERE f.name <> 'DROP DATABASE neo4j; CREATE (n)' RETURN f.id AS `create;`";
    expect(checkConsoleQuery(q).text).toBe(q);
  });

  it('ignores keyword-like property names, labels, relationship types and map keys', () => {
    expect(() => checkConsoleQuery('MATCH (n:Firm)-[r:SUPPLIES]->(m) RETURN n.set, r.delete, m.create, {merge: 1, remove: 2} AS m2')).not.toThrow();
    expect(() => checkConsoleQuery('MATCH (start:Firm), (show:Firm) RETURN start.id, show.id')).not.toThrow();
  });

  it('records the allowlisted procedures called', () => {
    expect(checkConsoleQuery('CALL db.labels() YIELD label CALL dbms.components() YIELD name RETURN label, name').procedures).toEqual(['db.labels', 'dbms.components']);
  });

  it.each([
    ["RETURN 'never closed", /string literal is never closed/],
    ['RETURN `never closed', /backtick-quoted name is never closed/],
    ['RETURN 1 /* never closed', /comment is never closed/],
    ['   // only a comment', /empty/],
  ])('refuses unreadable text: %s', (query, reason) => {
    expect(refusal(query).message).toMatch(reason);
  });
});
