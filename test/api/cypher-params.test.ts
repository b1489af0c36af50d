// POST /api/cypher hands the console the body's parameters with a key named __proto__ kept, at the
// top and in maps (zod's record leaves such a key out: a helper's RETURN $__proto__ was answered
// "Expected parameter(s): __proto__" by Neo4j). The real run through Neo4j is in the console's
// Neo4j tests; here a store whose console notes the request.
import { afterEach, describe, expect, it } from 'vitest';
import type { CypherRequest } from '../../server/console/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { serveWith, type TestServer } from '../helpers/app-with.ts';
import { smallDataset } from '../helpers/datasets.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('console parameters', () => {
  it('keeps a parameter named __proto__, and such a key inside a map parameter', async () => {
    const seen: CypherRequest[] = [];
    const store = Object.assign(new EmbeddedStore(smallDataset(1), 'test'), {
      console: async (request: CypherRequest) => {
        seen.push(request);
        return { columns: [], rows: [], truncated: false, limit: 1000, elapsedMs: 0 };
      },
    });
    server = await serveWith(store);
    const res = await fetch(`${server.url}/api/cypher`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"query":"RETURN $__proto__ AS x, $p AS p","params":{"__proto__":{"a":1},"p":{"__proto__":{"b":2},"c":3}}}',
    });
    expect(res.status).toBe(200);
    const params = seen[0]!.params;
    expect(Object.keys(params)).toEqual(['__proto__', 'p']);
    expect(Object.getOwnPropertyDescriptor(params, '__proto__')?.value).toEqual({ a: 1 });
    expect(Object.keys(params.p as object)).toEqual(['__proto__', 'c']);
    // The same schema still refuses what is no parameter object.
    const bad = await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"query":"RETURN 1","params":[1]}' });
    expect(bad.status).toBe(400);
  });
});
