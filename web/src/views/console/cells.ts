// How a console result value reads in a table cell and in a CSV file: nodes as (:Label name),
// relationships as [:TYPE], paths as a chain of names, lists joined, maps as JSON.
import type { ConsoleNode, ConsoleRelationship } from '../../../../server/console/shapes.ts';

type Value = unknown;

const isObject = (v: Value): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export const isNodeValue = (v: Value): v is ConsoleNode => isObject(v) && typeof v.elementId === 'string' && Array.isArray(v.labels) && isObject(v.properties);

export const isRelationshipValue = (v: Value): v is ConsoleRelationship =>
  isObject(v) && typeof v.elementId === 'string' && typeof v.type === 'string' && typeof v.start === 'string' && isObject(v.properties);

interface PathValue {
  start: ConsoleNode;
  end: ConsoleNode;
  segments: Array<{ start: ConsoleNode; relationship: ConsoleRelationship; end: ConsoleNode }>;
}

export const isPathValue = (v: Value): v is PathValue => isObject(v) && Array.isArray(v.segments) && isNodeValue(v.start) && isNodeValue(v.end);

/** A node's display name: its name, else its id, else its element id. */
export function nodeName(n: ConsoleNode): string {
  const p = n.properties;
  if (typeof p.name === 'string') return p.name;
  if (typeof p.id === 'string') return p.id;
  return n.elementId;
}

/** The dataset id of a node, when it has one (selecting it opens the detail panel). */
export function nodeId(n: ConsoleNode): string | null {
  return typeof n.properties.id === 'string' ? n.properties.id : null;
}

/** Plain text of any result value. */
export function cellText(v: Value): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isNodeValue(v)) return `(:${v.labels.join(':')} ${nodeName(v)})`;
  if (isRelationshipValue(v)) return `[:${v.type}]`;
  if (isPathValue(v)) {
    let text = nodeName(v.start);
    for (const s of v.segments) {
      const forward = s.relationship.start === s.start.elementId;
      text += forward ? ` -[:${s.relationship.type}]-> ${nodeName(s.end)}` : ` <-[:${s.relationship.type}]- ${nodeName(s.end)}`;
    }
    return text;
  }
  if (Array.isArray(v)) return v.map(cellText).join(', ');
  return JSON.stringify(v);
}

/** The rows with every value as its text (for the CSV download and the export menu). */
export function textRows(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): Array<Record<string, unknown>> {
  return rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const c of columns) {
      const v = row[c];
      // Numbers stay numbers so a spreadsheet reads them as such.
      out[c] = typeof v === 'number' ? v : cellText(v);
    }
    return out;
  });
}
