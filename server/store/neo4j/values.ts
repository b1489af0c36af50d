// The one place Neo4j values become plain JSON: Integers become numbers (or strings beyond 2^53),
// nodes, relationships and paths become objects, temporal and spatial values their usual forms.
// And the reverse for parameters: whole numbers are sent as Neo4j Integers so that years and
// counts are stored as integers (2023, not 2023.0) for researchers reading the graph.
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime } from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * out[key] = value, as an own property whatever the key: Neo4j allows a property or map key named
 * __proto__ (the driver keeps it as one), which plain assignment would take as the object's
 * prototype (dropping a text, or giving the object inherited properties from a map).
 */
export function setOwn<T>(out: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
  else out[key] = value;
}

/**
 * A duration in ISO 8601 (P14M3DT5.25S, PT0S for none). The driver's own text dropped its parts
 * inconsistently: duration('P1D') came out as 'P1DT', which nothing reads as a duration.
 */
export function durationText(d: { months: unknown; days: unknown; seconds: unknown; nanoseconds: unknown }): string {
  const whole = (x: unknown): bigint => BigInt(neo4j.isInt(x) ? x.toString() : String(x));
  const months = whole(d.months);
  const days = whole(d.days);
  // Seconds and nanoseconds together, exactly (the driver keeps 0 ≤ nanoseconds < 10^9).
  const nanos = whole(d.seconds) * 1_000_000_000n + whole(d.nanoseconds);
  const abs = nanos < 0n ? -nanos : nanos;
  const fraction = (abs % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  const seconds = `${nanos < 0n ? '-' : ''}${abs / 1_000_000_000n}${fraction === '' ? '' : `.${fraction}`}`;
  const text = `P${months !== 0n ? `${months}M` : ''}${days !== 0n ? `${days}D` : ''}${nanos !== 0n ? `T${seconds}S` : ''}`;
  return text === 'P' ? 'PT0S' : text;
}

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (isNode(value)) return { elementId: value.elementId, labels: [...value.labels], properties: toPlain(value.properties) };
  if (isRelationship(value)) {
    return { elementId: value.elementId, type: value.type, start: value.startNodeElementId, end: value.endNodeElementId, properties: toPlain(value.properties) };
  }
  if (isPath(value)) {
    return { start: toPlain(value.start), end: toPlain(value.end), segments: value.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) })) };
  }
  if (isPoint(value)) {
    const p: { [key: string]: Plain } = { srid: toPlain(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) p.z = value.z;
    return p;
  }
  if (isDuration(value)) return durationText(value);
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value)) return value.toString();
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) setOwn(out, k, toPlain(v));
    return out;
  }
  return String(value);
}

/** Parameters for Neo4j: whole numbers as Integers, the rest unchanged (recursively). */
export function toNeo4jParam(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParam);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    // A key named __proto__ is a parameter like any other (assigned, it set the prototype and vanished).
    for (const [k, v] of Object.entries(value)) setOwn(out, k, toNeo4jParam(v));
    return out;
  }
  return value;
}
