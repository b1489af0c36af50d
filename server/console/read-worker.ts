// Worker-thread entry of read-off-thread.ts: runs one console read with this worker's own driver
// (made on its first job, kept for the next), and answers its rows or its error as data; a job
// without a read only makes the driver (the worker has started and is ready).
import neo4j, { type Driver } from 'neo4j-driver';
import { serveJobs } from '../util/job-worker.ts';
import { readErrorAsData, type ReadConnection, type ReadError, type ReadWorkerJob } from './read-off-thread.ts';
import { readRows } from './read-rows.ts';

let driver: { key: string; driver: Driver } | null = null;

function driverFor(c: ReadConnection): Driver {
  const key = JSON.stringify([c.uri, c.user ?? null, c.password ?? null, c.fetchSize]);
  if (driver?.key === key) return driver.driver;
  void driver?.driver.close();
  const auth = c.password || c.user ? neo4j.auth.basic(c.user ?? 'neo4j', c.password ?? '') : undefined;
  const made = neo4j.driver(c.uri, auth, { maxConnectionPoolSize: 2, fetchSize: c.fetchSize, connectionAcquisitionTimeout: 10_000, connectionTimeout: 5_000, userAgent: 'rantai-console/0.1' });
  driver = { key, driver: made };
  return made;
}

serveJobs<ReadWorkerJob, ReadError>(async ({ connection, job }) => {
  const driver = driverFor(connection);
  return { result: job ? await readRows(driver, job) : null };
}, readErrorAsData);
