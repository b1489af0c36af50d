// A real store whose entity()/derived()/snapshot() reads are held back for a while, so that
// requests overlap (single flight), outlive their budget, or can be abandoned by their client, and
// which counts how often each was called and how often a derived value was really built.
// Everything else is the store itself.
import type { GraphStore } from '../../server/store/index.ts';

export interface SlowStore {
  store: GraphStore;
  /** entity()/derived()/snapshot() calls per key ('entity', 'snapshot', or the derived key). */
  calls: Map<string, number>;
  /** derived() values really built, per key (the store itself decides when to build). */
  built: Map<string, number>;
  /** Milliseconds each entity()/derived()/snapshot() call waits first (change it between requests). */
  delayMs: number;
}

export function slowStore(target: GraphStore, delayMs = 0): SlowStore {
  const slow: SlowStore = { store: target, calls: new Map(), built: new Map(), delayMs };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const count = (key: string) => bump(slow.calls, key);
  const wait = () => new Promise((r) => setTimeout(r, slow.delayMs));
  slow.store = new Proxy(target, {
    get(t, prop, receiver) {
      if (prop === 'derived') {
        return async <T>(key: string, build: (snap: never) => T): Promise<T> => {
          count(key);
          await wait();
          return t.derived!(key, ((snap: never) => {
            bump(slow.built, key);
            return build(snap);
          }) as never);
        };
      }
      if (prop === 'entity') {
        return async (id: string) => {
          count('entity');
          await wait();
          return t.entity(id);
        };
      }
      if (prop === 'snapshot') {
        return async () => {
          count('snapshot');
          await wait();
          return t.snapshot();
        };
      }
      const value: unknown = Reflect.get(t, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
  return slow;
}
