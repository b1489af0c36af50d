// Issue 18 item 8: loads into one Neo4j from two processes. Before the lock, the later load's
// cleanup deleted the earlier one's staged nodes and the earlier failed ("Unable to load NODE
// 4:…", or a bare 500 through the API). Now one load at a time holds a RantaiLock node: a second
// `rantai load` exits 1 naming the holder, an upload answers 409 load_in_progress, the winner's
// dataset is loaded whole, a lock kept renewed outlives its time to live, and an expired lock (or
// one whose holder process died on this machine) is taken over.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDatasetCsv, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { LoadLockedError, type Neo4jStore } from '../../server/store/neo4j/index.ts';
import { machineId } from '../../server/store/neo4j/holder.ts';
import { generateDataset } from '../../seed/generator/index.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { REPO } from '../helpers/cli.ts';
import { smallDataset, tempDir } from '../helpers/datasets.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';

const uri = testNeo4jUri();
const TOKEN = 'load-lock-test-token-0123';

interface Load {
  child: ChildProcess;
  stderr: string;
  exited: Promise<number>;
}

/**
 * A load held in staging (holding the lock) after its first batches for as long as the hold file
 * exists (RANTAI_LOAD_HOLD_FILE), whatever the machine's speed; removing the file lets it finish at
 * full speed.
 */
async function held(dir: string, name: string): Promise<{ env: Record<string, string>; release: () => Promise<void> }> {
  const file = path.join(dir, `${name}.hold`);
  await writeFile(file, '');
  return { env: { RANTAI_LOAD_HOLD_FILE: file }, release: () => rm(file, { force: true }) };
}

/** `rantai load dir` in its own process. */
function startLoad(dir: string, env: Record<string, string> = {}): Load {
  const child = spawn(process.execPath, ['bin/rantai.mjs', 'load', dir], {
    cwd: REPO,
    env: { ...process.env, NEO4J_URI: uri!, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const load: Load = { child, stderr: '', exited: new Promise((resolve) => child.once('exit', (code) => resolve(code ?? -1))) };
  child.stderr!.on('data', (d: Buffer) => (load.stderr += d.toString()));
  child.stdout!.resume();
  return load;
}

/** Resolves once the load reports staging progress (it holds the lock by then). */
async function staging(load: Load): Promise<void> {
  for (const end = Date.now() + 120_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    if (/^(nodes|relationships): /m.test(load.stderr)) return;
    if (load.child.exitCode !== null) throw new Error(`the load ended before staging:\n${load.stderr}`);
  }
  throw new Error('the load never started staging');
}

describe.skipIf(uri === null)('one load at a time (the Neo4j load lock)', () => {
  let store: Neo4jStore;
  let other: Driver;
  let tmp: { dir: string; cleanup: () => Promise<void> };
  let big: Dataset;
  let bigDir: string;
  let bigCounts: Awaited<ReturnType<EmbeddedStore['counts']>>;
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';

  beforeAll(async () => {
    tmp = await tempDir();
    store = await openTestNeo4jStore(uri!);
    const auth = process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined;
    other = neo4j.driver(uri!, auth);
    big = generateDataset({ clusters: 40, firms: 6_000, components: 200, seed: 81 });
    bigDir = path.join(tmp.dir, 'big');
    await writeDatasetCsv(big, bigDir);
    bigCounts = await new EmbeddedStore(big).counts();
  });
  afterAll(async () => {
    await other?.close();
    await store?.close();
    await tmp?.cleanup();
  });

  const locks = async (): Promise<number> => {
    const { records } = await other.executeQuery('MATCH (l:RantaiLock) RETURN count(l) AS n', {}, { database });
    return (records[0]!.get('n') as { toNumber(): number }).toNumber();
  };

  it('refuses a second `rantai load` while the first runs, naming its holder; the first loads whole, its lock renewed past its time to live', async () => {
    await store.replace(smallDataset(80), 'before');
    const small = path.join(tmp.dir, 'small');
    await writeDatasetCsv(smallDataset(82), small);
    // A lock that lives 1.5 s unless renewed: the second load comes well after that.
    const hold = await held(tmp.dir, 'first');
    const first = startLoad(bigDir, { ...hold.env, RANTAI_LOAD_LOCK_TTL_MS: '1500' });
    await staging(first);
    // What the console can read of the lock: SHA-256s of the token and the machine, not the boot id.
    const [stored] = (await other.executeQuery('MATCH (l:RantaiLock) RETURN l.token AS token, l.machine AS machine', {}, { database })).records;
    expect(stored!.get('token')).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.get('machine')).toBe(machineId());
    expect(machineId()).toMatch(/^[0-9a-f]{64}$/);
    const bootId = await readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => '');
    expect(bootId.trim()).not.toBe('');
    expect(JSON.stringify(stored!.toObject())).not.toContain(bootId.trim());
    await new Promise((r) => setTimeout(r, 3500));
    expect(first.child.exitCode).toBeNull();
    const second = startLoad(small, { RANTAI_LOAD_LOCK_TTL_MS: '1500' });
    expect(await second.exited).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`another load into Neo4j is running: \\S+@\\S+ pid ${first.child.pid} has been loading "big" since \\d{4}-\\d\\d-\\d\\dT`));
    expect(second.stderr).not.toMatch(/Unable to load|failed/);
    expect(first.child.exitCode).toBeNull();
    await hold.release();
    expect(await first.exited).toBe(0);
    expect(first.stderr).not.toMatch(/Unable to load|failed/);
    expect(await store.counts()).toEqual(bigCounts);
    expect(await locks()).toBe(0);
  }, 240_000);

  it('gives two loads started at once a consistent outcome: the loser is told who holds the lock, nothing is half loaded', async () => {
    const a = path.join(tmp.dir, 'a');
    await writeDatasetCsv(smallDataset(83), a);
    // No pause: whichever order they end in, the outcome must be consistent.
    const loads = [startLoad(bigDir, { RANTAI_LOAD_BATCH: '500' }), startLoad(a, { RANTAI_LOAD_BATCH: '500' })];
    const finished: number[] = [];
    const codes = await Promise.all(loads.map((l, i) => l.exited.then((code) => (finished.push(i), code))));
    for (const [i, code] of codes.entries()) {
      if (code === 0) continue;
      expect(code).toBe(1);
      expect(loads[i]!.stderr).toMatch(/another load into Neo4j is running: \S+ pid \d+ has been loading/);
    }
    for (const l of loads) expect(l.stderr).not.toMatch(/Unable to load|rantai load failed/);
    expect(codes).toContain(0);
    // The database holds exactly the dataset of the last load that succeeded.
    const last = finished.filter((i) => codes[i] === 0).at(-1)!;
    const expected = last === 0 ? bigCounts : await new EmbeddedStore(smallDataset(83)).counts();
    expect(await store.counts()).toEqual(expected);
    expect(await locks()).toBe(0);
  }, 240_000);

  it('answers an upload 409 load_in_progress naming the holder while a CLI load runs, and accepts it afterwards', async () => {
    const server: TestServer = await serveWith(store, { writeToken: TOKEN });
    try {
      const bundle = JSON.stringify(Object.fromEntries(Object.entries(smallDataset(84)).map(([k, rows]) => [k, rows])));
      const upload = () => fetch(`${server.url}/api/datasets?name=upload`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` }, body: bundle });
      const hold = await held(tmp.dir, 'upload');
      const load = startLoad(bigDir, hold.env);
      await staging(load);
      const refused = await upload();
      const body = (await refused.json()) as unknown;
      expect(refused.status).toBe(409);
      expect(errorOf(body).code).toBe('load_in_progress');
      expect(errorOf(body).message).toContain(`pid ${load.child.pid} has been loading "big"`);
      expect(errorOf(body).details).toMatchObject({ holder: { owner: expect.stringContaining(`pid ${load.child.pid}`) as unknown, dataset: 'big' } });
      await hold.release();
      expect(await load.exited).toBe(0);
      expect(await store.counts()).toEqual(bigCounts);
      const accepted = await upload();
      expect(accepted.status).toBe(200);
      expect(await store.counts()).toEqual(await new EmbeddedStore(smallDataset(84)).counts());
    } finally {
      await server.close();
    }
  }, 240_000);

  const plantLock = async (props: Record<string, unknown>, expiresInMs: number) => {
    await other.executeQuery(
      `CREATE (l:RantaiLock {id: 'load', token: 'planted', owner: $owner, host: $host, machine: $machine, pid: $pid, dataset: 'elsewhere.csv',
                             acquiredAt: timestamp() - 60000, renewedAt: timestamp() - 60000, expiresAt: timestamp() + $expiresInMs})`,
      { owner: 'someone@elsewhere pid 1', host: 'elsewhere', machine: 'elsewhere|boot|pid:[1]', pid: neo4j.int(1), ...props, expiresInMs: neo4j.int(expiresInMs) },
      { database },
    );
  };

  it('refuses a load while another machine holds a live lock, and takes the lock over once it has expired', async () => {
    await store.replace(smallDataset(85), 'kept');
    const kept = await store.counts();
    await plantLock({}, 600_000);
    const refused = await store.replace(smallDataset(86), 'refused').then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(LoadLockedError);
    expect((refused as LoadLockedError).message).toMatch(/^another load into Neo4j is running: someone@elsewhere pid 1 has been loading "elsewhere\.csv"/);
    expect(await store.counts()).toEqual(kept);
    await other.executeQuery("MATCH (l:RantaiLock) DELETE l", {}, { database });

    await plantLock({}, -1000);
    await store.replace(smallDataset(86), 'after expiry');
    expect(await store.counts()).toEqual(await new EmbeddedStore(smallDataset(86)).counts());
    expect(await locks()).toBe(0);
  }, 120_000);

  it('takes over at once the unexpired lock of a process of this machine that has died', async () => {
    const dead = spawn(process.execPath, ['-e', '']);
    const pid = dead.pid!;
    await new Promise((r) => dead.once('exit', r));
    await plantLock({ owner: `test@here pid ${pid}`, machine: machineId(), pid: neo4j.int(pid) }, 600_000);
    await store.replace(smallDataset(87), 'after a crash');
    expect(await store.counts()).toEqual(await new EmbeddedStore(smallDataset(87)).counts());
    expect(await locks()).toBe(0);
  }, 120_000);
});
