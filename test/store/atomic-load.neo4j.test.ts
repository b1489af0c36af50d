// Loading into Neo4j is idempotent and atomic: the same dataset twice gives the same counts; a
// dataset that fails validation changes nothing; a `rantai load` killed with SIGKILL halfway
// leaves the previous dataset complete and queryable.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetFromCsvTexts, DatasetError, writeDatasetCsv } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { REPO, rantai } from '../helpers/cli.ts';
import { smallCsvTexts, smallDataset, tempDir } from '../helpers/datasets.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
let neo: Neo4jStore;
let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir();
  if (uri) neo = await openTestNeo4jStore(uri);
});
afterAll(async () => {
  await neo?.close();
  await tmp.cleanup();
});

describe.skipIf(uri === null)('atomic, idempotent loading', () => {
  it('gives the same counts when the same dataset is loaded twice', async () => {
    const d = smallDataset(31);
    await neo.replace(d, 'twice');
    const first = await neo.counts();
    await neo.replace(d, 'twice');
    expect(await neo.counts()).toEqual(first);
    expect(first).toEqual(await new EmbeddedStore(d).counts());
  });

  it('leaves the loaded dataset untouched when a dataset fails validation', async () => {
    const d = smallDataset(32);
    await neo.replace(d, 'kept');
    const before = await neo.counts();
    const bad = smallCsvTexts(33);
    bad.set('firms.csv', bad.get('firms.csv')!.replace(/,IKM,/, ',NOPE,'));
    const dir = path.join(tmp.dir, 'bad');
    await mkdir(dir, { recursive: true });
    for (const [name, text] of bad) await writeFile(path.join(dir, name), text);
    expect(() => datasetFromCsvTexts(bad)).toThrow(DatasetError);
    const r = rantai(['load', dir], { NEO4J_URI: uri! });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^firms\.csv:\d+:3: tier must be one of/m);
    expect(await neo.counts()).toEqual(before);
  });

  it('keeps the previous dataset complete when a load is killed with SIGKILL halfway', async () => {
    const previous = smallDataset(34);
    await neo.replace(previous, 'previous');
    const expected = await neo.counts();
    const big = path.join(tmp.dir, 'big');
    await writeDatasetCsv(generateDataset({ clusters: 50, firms: 30_000, components: 300, seed: 35 }), big);
    const child = spawn(process.execPath, ['bin/rantai.mjs', 'load', big], { cwd: REPO, env: { ...process.env, NEO4J_URI: uri! }, stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the load never reported relationship progress')), 120_000);
      child.stderr.on('data', (d: Buffer) => {
        if (d.toString().includes('relationships:')) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    await new Promise((r) => child.once('exit', r));
    expect(await neo.counts()).toEqual(expected);
    const s = previous.supplies[0]!;
    const e = await neo.entity(s.supplier);
    expect(e?.relationships.some((r) => r.type === 'SUPPLIES' && r.other.id === s.buyer)).toBe(true);
    // The next load cleans up the staged leftovers and gives exactly the new dataset.
    const next = smallDataset(36);
    await neo.replace(next, 'next');
    expect(await neo.counts()).toEqual(await new EmbeddedStore(next).counts());
  }, 240_000);
});
