// Label expressions whose combinations Neo4j 5.26 plans in exponential time (a helper measured on
// the test Neo4j: 16 groups of (A|B) joined by & took 2.7 s, 18 groups 23 s, 19 groups 51 s and a
// third of the heap; measured here: 10 groups 0.1 s, 12 groups 0.16 s). Combinations are counted by
// hand below: | adds, & and :A:B multiply, ! swaps the two.
import { describe, expect, it } from 'vitest';
import { checkConsoleQuery } from '../../server/console/index.ts';
import { MAX_LABEL_COMBINATIONS } from '../../server/console/label-expressions.ts';
import { consoleRefusal } from '../helpers/console-refusal.ts';

/** `(L0a|L0b)&(L1a|L1b)&…`: k groups of two alternatives, 2^k combinations. */
const groups = (k: number, join = '&'): string => Array.from({ length: k }, (_, i) => `(L${i}a|L${i}b)`).join(join);

describe('label expressions', () => {
  it.each([
    ["the helper's 18 groups in a node pattern", `MATCH (n:${groups(18)}) RETURN count(n) AS c`, 262_144, 9],
    ['11 groups in WHERE', `MATCH (n) WHERE n:${groups(11)} RETURN count(n) AS c`, 2_048, 18],
    ['11 groups after IS', `MATCH (n) WHERE n IS ${groups(11)} RETURN count(n) AS c`, 2_048, 19],
    // !((L0a|L0b)&…) is (!L0a&!L0b)|(!L1a&!L1b)|…: 11 alternatives, whose other normal form (the
    // one the planner may reach) is again 2^11.
    ['11 groups negated', `MATCH (n) WHERE n IS !(${groups(11)}) RETURN count(n) AS c`, 2_048, 19],
    ['11 groups joined by the older colon', `MATCH (n:${groups(11, ':')}) RETURN count(n) AS c`, 2_048, 9],
    // Three alternatives in each of 7 groups: 3^7 = 2,187.
    ['seven groups of three on a relationship', `MATCH ()-[r:${Array.from({ length: 7 }, (_, i) => `(T${i}a|T${i}b|T${i}c)`).join('&')}]->() RETURN count(r) AS c`, 2_187, 12],
  ])('refuses %s, with the combinations counted', (_name, query, size, column) => {
    const error = consoleRefusal(query);
    expect(error.code).toBe('query_refused');
    expect(error.details).toMatchObject({ combinations: size, max: MAX_LABEL_COMBINATIONS, line: 1, column });
    expect(error.message).toContain(`up to line 1, column ${column} come to about ${size.toLocaleString('en')} combinations of labels`);
  });

  it('multiplies the expressions of one query: the helper’s 18 predicates of two in WHERE (round 50)', () => {
    // Each n:(La|Lb) alone comes to 2; Neo4j plans them together, 2^18 = 262,144 (11 s past the limit).
    // The eleventh predicate brings the product to 2^11 = 2,048. Its colon: after "MATCH (n) WHERE "
    // (16 characters), ten predicates of 11 characters and " AND " each (160), and its "n": column 178.
    const predicates = Array.from({ length: 18 }, (_, i) => `n:(L${i}a|L${i}b)`).join(' AND ');
    const error = consoleRefusal(`MATCH (n) WHERE ${predicates} RETURN count(n) AS c`);
    expect(error.details).toMatchObject({ combinations: 2_048, max: MAX_LABEL_COMBINATIONS, line: 1, column: 178 });
    // Ten predicates (1,024) pass.
    expect(() => checkConsoleQuery(`MATCH (n) WHERE ${predicates.split(' AND ').slice(0, 10).join(' AND ')} RETURN count(n) AS c`)).not.toThrow();
  });

  it('says it in Bahasa Indonesia', () => {
    expect(consoleRefusal(`MATCH (n:${groups(11)}) RETURN n`, {}, 'id').message).toMatch(/^ekspresi label sampai baris 1, kolom 9 menghasilkan sekitar 2\.048 kombinasi label .* paling banyak 1\.024/);
  });

  it.each([
    ['ten groups (1,024, the most)', `MATCH (n:${groups(10)}) RETURN count(n) AS c`],
    ['an analyst’s alternatives', 'MATCH (n:Firm|Cluster|Component)-[r:SUPPLIES|MAKES|:IMPORTS]->(m:Firm:IKM) RETURN n, r, m LIMIT 5'],
    ['many labels required together', 'MATCH (n:A:B:C:D:E:F:G:H:I:J:K:L) RETURN n'],
    ['a negation and a wildcard', 'MATCH (n:!(Firm&Cluster)|%) WHERE n IS Firm OR n:!Cluster RETURN n LIMIT 1'],
    ['maps, whose colons are no labels', "WITH {a: 1, b: [1, 2], c: {d: 'x'}} AS m RETURN m"],
  ])('lets through %s', (_name, query) => {
    expect(() => checkConsoleQuery(query)).not.toThrow();
  });
});
