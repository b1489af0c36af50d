// Public face of the Neo4j store.
export { Neo4jStore, type Neo4jOptions } from './neo4j-store.ts';
export { openNeo4jRuntime, waitForNeo4j } from './runtime.ts';
export { loadDataset, applySchema, cleanupLeftovers, type LoadProgress } from './load.ts';
export { toPlain, toNeo4jParam, type Plain } from './values.ts';
export { isUnavailable } from './errors.ts';
export { acquireLoadLock, LoadLockedError, LoadLockLostError, lockHeldMessage, lockLostMessage, DEFAULT_LOCK_TTL_MS, LOCK_LANGS, type LockInfo, type LoadLock, type LockLang } from './lock.ts';
