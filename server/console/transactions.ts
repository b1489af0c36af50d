// Finds and ends a console query's transaction in Neo4j by the id the console gave it in the
// transaction metadata. Used when a query outlives its time limit: Neo4j's own timeout only marks the
// transaction "Terminated" and the query stops at the next operator row, which a long expression may
// not reach for minutes (budget.ts). TERMINATE TRANSACTIONS is what an administrator would do; the
// console's Neo4j user may always see and end its own transactions (Enterprise and Community alike).
import neo4j, { type Driver } from 'neo4j-driver';

/** The metadata key that carries the console's own id of a query. */
export const CONSOLE_METADATA_KEY = 'rantaiConsole';

/** Transaction ids Neo4j lists for the console query `id` (empty once it has really ended). */
export async function consoleTransactions(driver: Driver, database: string, id: string): Promise<string[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.${CONSOLE_METADATA_KEY} = $id RETURN transactionId`, { id });
    return result.records.map((r) => r.get('transactionId') as string);
  } finally {
    await session.close();
  }
}

/** The transactions of console query `id` with the heap memory Neo4j estimates each holds (bytes). */
export async function consoleTransactionMemory(driver: Driver, database: string, id: string): Promise<Array<{ transactionId: string; bytes: number }>> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(
      `SHOW TRANSACTIONS YIELD transactionId, metaData, estimatedUsedHeapMemory WHERE metaData.${CONSOLE_METADATA_KEY} = $id RETURN transactionId, estimatedUsedHeapMemory AS bytes`,
      { id },
    );
    // Null when Neo4j's memory tracking is off (db.memory.tracking… settings): nothing to compare then.
    return result.records.map((r) => ({ transactionId: r.get('transactionId') as string, bytes: neo4j.integer.toNumber((r.get('bytes') as number | null) ?? 0) }));
  } finally {
    await session.close();
  }
}

/** Asks Neo4j to end the transactions `ids`. */
export async function terminateTransactions(driver: Driver, database: string, ids: readonly string[]): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('TERMINATE TRANSACTIONS $ids', { ids });
  } finally {
    await session.close();
  }
}

/** Asks Neo4j to end the transactions of console query `id`; returns the ids it found. */
export async function terminateConsoleQuery(driver: Driver, database: string, id: string): Promise<string[]> {
  const ids = await consoleTransactions(driver, database, id);
  if (ids.length > 0) await terminateTransactions(driver, database, ids);
  return ids;
}
