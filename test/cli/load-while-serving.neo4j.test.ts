// Provenance from the store (issue 14 item 4), on a real Neo4j: a server runs over Neo4j, and
// `rantai load` (another process) loads another dataset into the same database. The server's next
// /api/health and its next export (the xlsx README sheet, the server-side export footer) name the
// new dataset, with its source, counts and content hash as RantaiMeta records them. The expected
// hash is computed here from the dataset itself, and the embedded store reports the same one.
import { execFile } from 'node:child_process';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetHash, datasetToGraph, readDataset, writeDatasetCsv } from '../../server/model/index.ts';
import { EmbeddedStore, type DatasetInfo } from '../../server/store/index.ts';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { serveWith, type TestServer } from '../helpers/app-with.ts';
import { REPO } from '../helpers/cli.ts';
import { smallDataset, tempDir } from '../helpers/datasets.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();

/** `rantai` in a child process, without blocking this process (the server under test runs here). */
const rantai = (args: string[]): Promise<{ code: number; out: string }> =>
  new Promise((resolve) => {
    execFile(process.execPath, ['bin/rantai.mjs', ...args], { cwd: REPO, env: { ...process.env, NEO4J_URI: uri! } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` });
    });
  });

describe.skipIf(uri === null)('a load by another process shows in the running server', () => {
  let store: Neo4jStore;
  let server: TestServer;
  let folder: { dir: string; cleanup: () => Promise<void> };

  beforeAll(async () => {
    store = await openTestNeo4jStore(uri!);
    await store.replace(await readDataset('seed/indonesia'), { name: 'seed/indonesia', source: 'folder seed/indonesia' });
    server = await serveWith(store);
    folder = await tempDir('rantai-load-');
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await folder?.cleanup();
  });

  const health = async () => (await (await fetch(`${server.url}/api/health`)).json()) as { dataset: string; provenance: DatasetInfo };

  it('the next /api/health and the next export name the dataset `rantai load` put there', async () => {
    expect((await health()).dataset).toBe('seed/indonesia');
    const seedNodes = Object.values((await store.counts()).nodes).reduce((x, y) => x + y, 0);
    const other = smallDataset(8);
    const dir = path.join(folder.dir, 'sentra-jatim');
    await writeDatasetCsv(other, dir);
    const r = await rantai(['load', dir]);
    expect(r.out).toMatch(/loaded "sentra-jatim"/);
    // After the swap the CLI says the new data is live while it deletes the seed's nodes.
    expect(r.out).toContain(`the new dataset is live; removing the previous one (${seedNodes.toLocaleString('en')} nodes and their relationships)`);
    expect(r.out).toContain(`removing the previous dataset: ${seedNodes.toLocaleString('en')} / ${seedNodes.toLocaleString('en')} nodes`);
    expect(r.code).toBe(0);

    const after = await health();
    const expectedHash = datasetHash(datasetToGraph(other));
    expect(after.dataset).toBe('sentra-jatim');
    expect(after.provenance).toMatchObject({ name: 'sentra-jatim', source: 'rantai load sentra-jatim', hash: expectedHash });
    expect(after.provenance.counts).toEqual(await new EmbeddedStore(other).counts());
    expect(Date.now() - Date.parse(after.provenance.loadedAt!)).toBeLessThan(120_000);
    // The same dataset on the embedded store has the same content hash.
    expect((await new EmbeddedStore(other).info()).hash).toBe(expectedHash);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await fetch(`${server.url}/api/export?format=xlsx`)).arrayBuffer());
    const readme = book.getWorksheet('README')!.getSheetValues().map((row) => (Array.isArray(row) ? row.filter((v) => v !== undefined && v !== null) : []));
    expect(readme).toContainEqual(['Dataset', 'sentra-jatim']);
    expect(readme).toContainEqual(['Content hash', expectedHash]);

    // --name gives the dataset a name of its own.
    expect((await rantai(['load', dir, '--name', 'Sentra IKM Jawa Timur 2024'])).code).toBe(0);
    expect((await health()).dataset).toBe('Sentra IKM Jawa Timur 2024');
  });
});
