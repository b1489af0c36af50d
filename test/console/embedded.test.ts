// On the embedded store the console answers 501 and says how to start Neo4j; the request is still
// validated first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../../server/store/index.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { smallDataset } from '../helpers/datasets.ts';

let server: TestServer;
beforeAll(async () => {
  server = await serveWith(new EmbeddedStore(smallDataset()));
});
afterAll(async () => server.close());

const post = (body: unknown) => fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /api/cypher on the embedded store', () => {
  it('answers 501 not_implemented with how to start Neo4j', async () => {
    const res = await post({ query: 'MATCH (f:Firm) RETURN count(f)' });
    expect(res.status).toBe(501);
    const error = errorOf(await res.json());
    expect(error.code).toBe('not_implemented');
    expect(error.message).toContain('npm run neo4j');
    expect(error.message).toContain('NEO4J_URI');
  });

  it('validates the request before anything else', async () => {
    const res = await post({ params: {} });
    expect(res.status).toBe(400);
    expect(errorOf(await res.json()).message).toMatch(/^query:/);
  });

  it('answers malformed JSON with 400 invalid_request and no stack trace', async () => {
    const res = await fetch(`${server.url}/api/cypher`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(errorOf(JSON.parse(text)).code).toBe('invalid_request');
    expect(text).not.toMatch(/\n\s+at |node_modules/);
  });
});
