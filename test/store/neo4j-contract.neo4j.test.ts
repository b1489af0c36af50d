// The store contract on a real Neo4j (the test instance from the global setup).
import { afterAll } from 'vitest';
import type { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { openTestNeo4jStore, testNeo4jUri } from '../helpers/neo4j.ts';
import { describeStoreContract } from './contract.suite.ts';

const uri = testNeo4jUri();
let store: Neo4jStore | undefined;
afterAll(async () => store?.close());

describeStoreContract(
  'neo4j',
  async (dataset) => {
    store ??= await openTestNeo4jStore(uri!);
    await store.replace(dataset, 'contract');
    return store;
  },
  uri !== null,
);
