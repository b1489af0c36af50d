// The typed attribute columns the GraphML and GEXF exports declare: one per property name found
// on nodes (or relationships), typed from every value it takes, so readers get numbers as numbers.
import type { PropValue } from '../model/index.ts';

export type AttrType = 'boolean' | 'long' | 'double' | 'string';

export interface AttrColumn {
  name: string;
  type: AttrType;
}

const typeOf = (v: PropValue): AttrType => {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isSafeInteger(v) ? 'long' : 'double';
  return 'string';
};

/** Widens two types: long + double = double, anything else mixed = string. */
const widen = (a: AttrType, b: AttrType): AttrType => {
  if (a === b) return a;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
};

/** The columns of a set of property maps, with `first` names leading and the rest sorted. */
export function attributeColumns(propsList: Iterable<Record<string, PropValue>>, first: readonly string[] = []): AttrColumn[] {
  const types = new Map<string, AttrType>();
  for (const props of propsList) {
    for (const [name, value] of Object.entries(props)) {
      const t = typeOf(value);
      const seen = types.get(name);
      types.set(name, seen === undefined ? t : widen(seen, t));
    }
  }
  const names = [...types.keys()].sort((a, b) => {
    const fa = first.indexOf(a);
    const fb = first.indexOf(b);
    if (fa >= 0 || fb >= 0) return (fa < 0 ? Infinity : fa) - (fb < 0 ? Infinity : fb);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return names.map((name) => ({ name, type: types.get(name)! }));
}

/** A property value as attribute text: lists joined by ";", numbers in shortest round-trip form. */
export function attrText(value: PropValue): string {
  return Array.isArray(value) ? value.join(';') : String(value);
}
