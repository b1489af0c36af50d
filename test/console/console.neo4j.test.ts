// POST /api/cypher against the test Neo4j holding the seed: the research queries run (the three
// examples checked against values computed here from the dataset files), every hostile query of the
// corpus is refused, the plan check catches writes on its own, runaway queries stop at the timeout,
// rows stop at the limit — and the database is exactly as it was afterwards.
import { request, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainQueryType } from '../../server/console/index.ts';
import { cypherResultShape, type CypherResult } from '../../server/console/shapes.ts';
import { readDataset, type Dataset } from '../../server/model/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { REPO } from '../helpers/cli.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';
import { CLUSTERS_NEAR_FC250, ESCAPES, FAILURE_CUTS_OEM, HOSTILE, IMPORT_SHARE_BY_ORIGIN, RESEARCH } from './corpus.ts';
import { fingerprint, type Fingerprint } from './fingerprint.ts';

const uri = testNeo4jUri();

describe.skipIf(uri === null)('POST /api/cypher on Neo4j (seed dataset)', () => {
  let store: Neo4jStore;
  let server: TestServer;
  let seed: Dataset;
  let before: Fingerprint;

  beforeAll(async () => {
    store = await openTestNeo4jStore(uri!);
    seed = await readDataset(`${REPO}seed/indonesia`);
    await store.replace(seed, 'console-test');
    server = await serveWith(store);
    before = await fingerprint(store);
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  const post = async (body: unknown, query = ''): Promise<{ status: number; body: unknown; text: string; type: string | null }> => {
    const res = await fetch(`${server.url}/api/cypher${query}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // CSV answers are text.
    }
    return { status: res.status, body: parsed, text, type: res.headers.get('content-type') };
  };
  const run = async (query: string, params: Record<string, unknown> = {}): Promise<CypherResult> => {
    const r = await post({ query, params });
    if (r.status !== 200) throw new Error(`${r.status} ${JSON.stringify(r.body)} for ${query}`);
    return cypherResultShape.parse(r.body);
  };

  it.each(RESEARCH.map((r) => [r.title, r] as const))('runs the research query: %s', async (_title, r) => {
    const result = await run(r.query, r.params);
    expect(result.columns).toEqual(r.columns);
    if (r.rowsOnSeed) expect(result.rows.length).toBeGreaterThan(0);
    expect(result.truncated).toBe(false);
  });

  it('import share by origin equals the share computed from imports.csv (latest year per buyer)', async () => {
    const component = 'c-cylinder-sleeve';
    const rows = seed.imports.filter((i) => i.component === component);
    const latest = new Map<string, number>();
    for (const i of rows) latest.set(i.buyer, Math.max(latest.get(i.buyer) ?? 0, i.year));
    const byCountry = new Map<string, number>();
    for (const i of rows) if (i.year === latest.get(i.buyer)) byCountry.set(i.country, (byCountry.get(i.country) ?? 0) + i.value_usd);
    const total = [...byCountry.values()].reduce((a, b) => a + b, 0);
    const result = await run(IMPORT_SHARE_BY_ORIGIN, { component });
    expect(result.rows.map((r) => r.iso3).sort()).toEqual([...byCountry.keys()].sort());
    for (const r of result.rows) {
      expect(r.importedUsd).toBe(byCountry.get(r.iso3 as string));
      expect(r.sharePct).toBeCloseTo((100 * byCountry.get(r.iso3 as string)!) / total, 1);
    }
  });

  it('clusters within 200 km of an FC250 casting plant match a haversine computation on the CSV coordinates', async () => {
    // Neo4j's WGS-84 2D distance is the haversine formula with an earth radius of 6,378,140 m
    // (Neo4j Cypher Manual, "Spatial functions": point.distance).
    const R = 6_378_140;
    const rad = (d: number) => (d * Math.PI) / 180;
    const haversineKm = (lat1: number, lon1: number, lat2: number, lon2: number) => {
      const a = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
      return (2 * R * Math.asin(Math.sqrt(a))) / 1000;
    };
    const firms = new Map(seed.firms.map((f) => [f.id, f]));
    const expected: string[] = [];
    for (const cap of seed.capabilities.filter((c) => c.material === 'm-fc250' && c.process.startsWith('p-casting'))) {
      const plant = firms.get(cap.firm)!;
      if (plant.lat === undefined || plant.lon === undefined) continue;
      for (const cl of seed.clusters) {
        if (cl.lat === undefined || cl.lon === undefined) continue;
        const km = haversineKm(plant.lat, plant.lon, cl.lat, cl.lon);
        if (km <= 200) expected.push(`${cl.name}|${plant.name}|${km.toFixed(1)}`);
      }
    }
    const result = await run(CLUSTERS_NEAR_FC250, { material: 'm-fc250', km: 200 });
    expect(expected.length).toBeGreaterThan(0);
    expect(result.rows.map((r) => `${String(r.cluster)}|${String(r.plant)}|${Number(r.km).toFixed(1)}`).sort()).toEqual(expected.sort());
  });

  it('the failure query lists exactly the sole suppliers of un-imported OEM components in supplies.csv', async () => {
    const tier = new Map(seed.firms.map((f) => [f.id, f.tier]));
    const suppliers = new Map<string, Set<string>>();
    for (const s of seed.supplies) {
      if (tier.get(s.buyer) !== 'OEM') continue;
      const key = `${s.buyer}|${s.component}`;
      suppliers.set(key, (suppliers.get(key) ?? new Set()).add(s.supplier));
    }
    const imported = new Set(seed.imports.map((i) => `${i.buyer}|${i.component}`));
    const expected = [...suppliers]
      .filter(([key, set]) => set.size === 1 && !imported.has(key))
      .map(([key, set]) => `${[...set][0]}|${key}`)
      .sort();
    const result = await run(`${FAILURE_CUTS_OEM.replace(/RETURN [\s\S]*$/, '')}RETURN sole.id AS firm, oem.id AS oem, c.id AS component`);
    expect(result.rows.map((r) => `${String(r.firm)}|${String(r.oem)}|${String(r.component)}`).sort()).toEqual(expected);
  });

  it('returns the nodes and relationships of paths for the graph view', async () => {
    const result = await run("MATCH p = (:Firm {tier: 'IKM'})-[:SUPPLIES*1..3]->(:Firm {tier: 'OEM'}) RETURN p LIMIT 5");
    expect(result.nodes!.length).toBeGreaterThan(1);
    expect(result.relationships!.length).toBeGreaterThan(0);
    const ids = new Set(result.nodes!.map((n) => n.elementId));
    for (const r of result.relationships!) {
      expect(r.type).toBe('SUPPLIES');
      expect(ids.has(r.start) && ids.has(r.end)).toBe(true);
    }
    expect(result.nodes!.every((n) => n.labels.includes('Firm') && typeof n.properties.name === 'string')).toBe(true);
  });

  it('answers plain values without a graph part when no node comes back', async () => {
    const result = await run('MATCH (f:Firm) RETURN count(f) AS firms');
    expect(result.rows).toEqual([{ firms: seed.firms.length }]);
    expect(result.nodes).toBeUndefined();
  });

  it('keeps a column or map key named __proto__ as a value (it was taken as the row’s prototype and lost)', async () => {
    // Read from the answer's text: a zod parse (as run() does) would drop the key itself.
    const r = await post({ query: 'RETURN 1 AS __proto__, {__proto__: 2, b: 3} AS m' });
    expect(r.status).toBe(200);
    const body = JSON.parse(r.text) as { columns: string[]; rows: unknown[] };
    expect(body.columns).toEqual(['__proto__', 'm']);
    expect(JSON.stringify(body.rows)).toBe('[{"__proto__":1,"m":{"__proto__":2,"b":3}}]');
  });

  it.each(HOSTILE.map((q) => [q]))('refuses %s', async (query) => {
    const r = await post({ query });
    expect(r.status).toBe(400);
    expect(errorOf(r.body).code).toBe('query_refused');
  });

  // Issue 18: on main each of these (but SHOW USERS) ran — files read, settings and transactions
  // listed, transactions terminated.
  it.each(ESCAPES.map((e) => [e.name, e.query]))('refuses the escape: %s', async (_name, query) => {
    const r = await post({ query });
    expect(r.status).toBe(400);
    expect(errorOf(r.body).code).toBe('query_refused');
    // Nothing of a file, the environment or the server's settings comes back.
    expect(r.text).not.toMatch(/root:|RANTAI_WRITE_TOKEN|dbms\.security|server\.bolt/);
  });

  it('refuses writes by the plan alone (EXPLAIN, which runs nothing), whatever the text checks say', async () => {
    const driver: Driver = neo4j.driver(uri!, process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined);
    const database = process.env.NEO4J_DATABASE ?? 'neo4j';
    try {
      const writes = [
        "CREATE (n:Junk {id: 'x'}) RETURN n",
        "MERGE (n:Firm {id: 'f-tmmin'}) RETURN n",
        "MATCH (f:Firm) SET f.name = 'x'",
        'MATCH (f:Firm) DETACH DELETE f',
        'MATCH (f:Firm) WITH collect(f) AS fs FOREACH (x IN fs | SET x.y = 1)',
        'MATCH (f:Firm) CALL { WITH f MERGE (f)-[:LIKES]->(f) } RETURN count(*) AS n',
        'CREATE INDEX junk_index FOR (n:Junk) ON (n.x)',
        "CALL db.createLabel('Junk')",
      ];
      for (const q of writes) expect([q, await explainQueryType(driver, database, q)]).not.toEqual([q, 'r']);
      for (const r of RESEARCH.slice(0, 10)) {
        if (r.query.includes('dbms.components')) continue;
        expect([r.title, await explainQueryType(driver, database, r.query, r.params)]).toEqual([r.title, 'r']);
      }
    } finally {
      await driver.close();
    }
  });

  it('stops a runaway query at the timeout with 408', async () => {
    const started = Date.now();
    const r = await post({ query: 'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n', timeoutMs: 1000 });
    expect(r.status).toBe(408);
    expect(errorOf(r.body).code).toBe('query_timeout');
    expect(errorOf(r.body).message).toMatch(/longer than 1 s/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('stops at the row limit and says the answer is truncated', async () => {
    const cut = cypherResultShape.parse((await post({ query: 'UNWIND range(1, 25) AS i RETURN i', limit: 10 })).body);
    expect(cut.rows.map((r) => r.i)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(cut.truncated).toBe(true);
    const whole = cypherResultShape.parse((await post({ query: 'UNWIND range(1, 25) AS i RETURN i', limit: 25 })).body);
    expect(whole.rows).toHaveLength(25);
    expect(whole.truncated).toBe(false);
    const byDefault = cypherResultShape.parse((await post({ query: 'UNWIND range(1, 10001) AS i RETURN i' })).body);
    expect([byDefault.rows.length, byDefault.truncated, byDefault.limit]).toEqual([10_000, true, 10_000]);
  });

  it('answers a syntax error with 400 and Neo4j\'s message in the user\'s own positions, no stack', async () => {
    const r = await post({ query: 'MATCH (n RETURN n' });
    expect(r.status).toBe(400);
    const error = errorOf(r.body);
    expect(error.code).toBe('invalid_request');
    expect(error.message).toMatch(/^Cypher error: Invalid input 'RETURN'/);
    expect(error.message).toContain('(line 1, column 10 (offset: 9))');
    expect(error.message).toContain('"MATCH (n RETURN n"');
    expect(error.message).not.toContain('EXPLAIN');
    expect(r.text).not.toMatch(/\n\s+at /);
  });

  it('cuts Neo4j\'s message about a 100,000-character query at 1,000 characters, keeping its position, in both languages', async () => {
    // Neo4j quotes the whole line of the error: the 400 was 200 KB (server/console/neo4j-text.ts).
    // One long string literal: a long list of values is refused before Neo4j (8,000 tokens at most).
    const query = `RETURN '${'x'.repeat(99_900)}' AS s RETRUN s`;
    expect(query.length).toBeGreaterThan(99_900);
    const at = query.indexOf('RETRUN');
    const en = await post({ query });
    expect(en.status).toBe(400);
    const message = errorOf(en.body).message;
    expect(message).toMatch(/^Cypher error: Invalid input 'RETRUN'/);
    expect(message).toContain(`(line 1, column ${at + 1} (offset: ${at}))`);
    expect(message.length).toBeLessThanOrEqual('Cypher error: '.length + 1_000);
    expect(en.text.length).toBeLessThan(2_000);
    const id = await post({ query }, '?lang=id');
    expect(errorOf(id.body).message).toBe(`Kesalahan Cypher: ${message.slice('Cypher error: '.length)}`);
  });

  it('answers a statement Neo4j cannot execute as written (a DatabaseError) with 400 and its message, in both languages', async () => {
    // shortestPath between the two ends of a cartesian product meets pairs of one node twice;
    // Neo4j refuses that at run time with Neo.DatabaseError.Statement.ExecutionFailed (it was a 500).
    const query = 'MATCH p = shortestPath((a:Firm)-[*]-(b:Firm)) RETURN length(p) LIMIT 1';
    const en = await post({ query });
    expect(en.status).toBe(400);
    const error = errorOf(en.body);
    expect(error.code).toBe('invalid_request');
    expect(error.details).toEqual({ neo4jCode: 'Neo.DatabaseError.Statement.ExecutionFailed' });
    expect(error.message).toMatch(/^Cypher error: The shortest path algorithm does not work when the start and end nodes are the same/);
    expect(en.text).not.toMatch(/\n\s+at /);
    const id = await post({ query }, '?lang=id');
    expect(id.status).toBe(400);
    expect(errorOf(id.body).message).toMatch(/^Kesalahan Cypher: The shortest path algorithm/);
    // A negative length for substring() is filed the same way.
    const negative = await post({ query: "RETURN substring('abc', -1) AS s" });
    expect(negative.status).toBe(400);
    expect(errorOf(negative.body).message).toBe('Cypher error: Cannot handle negative start index nor negative length');
  });

  it('rejects out-of-range limits and timeouts before Neo4j sees the query', async () => {
    for (const body of [{ query: 'RETURN 1', limit: 0 }, { query: 'RETURN 1', limit: 100_001 }, { query: 'RETURN 1', timeoutMs: 120_000 }, { query: '' }, { query: 'RETURN 1', extra: true }]) {
      const r = await post(body);
      expect(r.status).toBe(400);
      expect(errorOf(r.body).code).toBe('invalid_parameter');
    }
  });

  it('answers ?format=csv with a spreadsheet-safe table (formulas neutralised, numbers untouched)', async () => {
    const r = await post({ query: "RETURN '=HYPERLINK(\"http://x\")' AS name, -7.679 AS lat, '-7.679' AS latText, '@SUM(A1)' AS at" }, '?format=csv');
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^text\/csv/);
    expect(r.text).toBe('name,lat,latText,at\r\n"\'=HYPERLINK(""http://x"")",-7.679,-7.679,\'@SUM(A1)\r\n');
  });

  it('sends its rows gzipped, as JSON and as CSV, to a client that accepts gzip: the same bytes unzipped', async () => {
    // node:http, whose body is the bytes on the wire (fetch would unzip them).
    const raw = (query: string, encoding: string) =>
      new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const req = request(`${server.url}/api/cypher${query}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept-Encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end(JSON.stringify({ query: 'UNWIND range(1, 2000) AS i RETURN i, "Sentra " + toString(i % 416) AS name' }));
      });
    for (const query of ['', '?format=csv']) {
      const plain = await raw(query, 'identity');
      const zipped = await raw(query, 'gzip');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.vary).toMatch(/Accept-Encoding/i);
      expect(zipped.headers['content-type']).toBe(plain.headers['content-type']);
      const unzipped = gunzipSync(zipped.body);
      // The JSON says how long the query took, which differs between the two requests.
      if (query === '') expect({ ...JSON.parse(unzipped.toString('utf8')), elapsedMs: 0 }).toEqual({ ...JSON.parse(plain.body.toString('utf8')), elapsedMs: 0 });
      else expect(unzipped.equals(plain.body)).toBe(true);
      expect(zipped.body.byteLength).toBeLessThan(plain.body.byteLength / 2);
    }
    const rows = cypherResultShape.parse(JSON.parse((await raw('', 'identity')).body.toString('utf8'))).rows;
    expect(rows).toHaveLength(2000);
    expect(rows[416]).toEqual({ i: 417, name: 'Sentra 1' });
  });

  it('words refusals, timeouts and Neo4j\'s own errors in Bahasa Indonesia with ?lang=id', async () => {
    const refused = await post({ query: ESCAPES[0]!.query }, '?lang=id');
    expect([refused.status, errorOf(refused.body).message]).toEqual([400, 'LOAD CSV membaca berkas dan URL; konsol hanya membaca graf']);
    const timedOut = await post({ query: 'UNWIND range(1, 100000000) AS a UNWIND range(1, 100000000) AS b RETURN count(*) AS n', timeoutMs: 1000 }, '?lang=id');
    expect([timedOut.status, errorOf(timedOut.body).message]).toEqual([408, expect.stringMatching(/^kueri berjalan lebih lama dari 1 detik dan dihentikan/)]);
    const mistake = await post({ query: 'MATCH (n RETURN n' }, '?lang=id');
    expect(errorOf(mistake.body).message).toMatch(/^Kesalahan Cypher: Invalid input 'RETURN'/);
  });

  it('leaves the database exactly as it was', async () => {
    expect(await fingerprint(store)).toEqual(before);
  });
});
