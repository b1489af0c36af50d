// Values between Neo4j and JSON (server/store/neo4j/values.ts). Durations in ISO 8601, worked by
// hand: the driver's own text had given duration('P1D') as 'P1DT'. Parameters keep a key named
// __proto__ (assigned, it set the object's prototype and the parameter vanished: a helper's
// RETURN $__proto__ was answered "Expected parameter(s): __proto__").
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { durationText, toNeo4jParam, toPlain } from '../../server/store/neo4j/values.ts';

const duration = (months: number, days: number, seconds: number, nanoseconds: number) => new neo4j.types.Duration(months, days, seconds, nanoseconds);

describe('durations', () => {
  it.each([
    [duration(0, 1, 0, 0), 'P1D'],
    [duration(14, 3, 5, 250_000_000), 'P14M3DT5.25S'],
    [duration(0, 0, 3600, 0), 'PT3600S'],
    [duration(0, 0, 0, 0), 'PT0S'],
    // -1 s + 0.5 s = -0.5 s (the driver keeps nanoseconds between 0 and 10^9).
    [duration(0, 0, -1, 500_000_000), 'PT-0.5S'],
    [duration(-2, 0, 0, 1), 'P-2MT0.000000001S'],
  ])('%s is %s', (d, text) => {
    expect(durationText(d)).toBe(text);
    expect(toPlain(d)).toBe(text);
  });
});

describe('parameters', () => {
  it('keeps keys named __proto__ as parameters, at the top and inside maps', () => {
    const params = JSON.parse('{"__proto__": {"a": 1}, "p": {"__proto__": {"b": 2}, "c": 3}}') as Record<string, unknown>;
    const out = toNeo4jParam(params) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'p']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out.p as object)).toEqual(['__proto__', 'c']);
    expect(neo4j.isInt((Object.getOwnPropertyDescriptor(out, '__proto__')!.value as Record<string, unknown>).a)).toBe(true);
  });
});
