// An answer in the names of its language: every object of the answer that names an entity by
// `id` and `name` (a component in a ranking, a node of a view, a catalogue entry) gets the entity's
// name in that language, and its `description` too where it has one; so does an import origin,
// which names its country by `country` and `name`. Copy on write: the answer's
// objects are often shared with facts kept for other requests (and other languages), so nothing
// is changed in place; an object or array is copied only when something inside it changes.
import type { DataNames } from './book.ts';

type Json = unknown;

function walk(value: Json, names: DataNames): Json {
  if (Array.isArray(value)) {
    let out: Json[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const next = walk(value[i], names);
      if (next !== value[i]) (out ??= value.slice())[i] = next;
    }
    return out ?? value;
  }
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, Json>;
  let out: Record<string, Json> | undefined;
  for (const key in o) {
    const next = walk(o[key], names);
    if (next !== o[key]) (out ??= { ...o })[key] = next;
  }
  if (typeof o.id === 'string') {
    if (typeof o.name === 'string') {
      const name = names.name(o.id, o.name);
      if (name !== o.name) (out ??= { ...o }).name = name;
    }
    if (typeof o.description === 'string') {
      const description = names.description(o.id, o.description);
      if (description !== o.description) (out ??= { ...o }).description = description;
    }
  } else if (typeof o.country === 'string' && typeof o.name === 'string') {
    const name = names.name(o.country, o.name);
    if (name !== o.name) (out ??= { ...o }).name = name;
  }
  return out ?? o;
}

/** `value` with every `{id, name}` (and `description`) in the names of `names`' language; `value` itself when none changes. */
export function localiseNames<T>(value: T, names: DataNames): T {
  return names.unchanged ? value : (walk(value, names) as T);
}
