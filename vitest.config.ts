import { defineConfig } from 'vitest/config';
import BrowserFirstSequencer from './test/setup/sequencer.ts';

// Two projects: the suites that need no Neo4j, and those that do (files named *.neo4j.test.ts),
// which load whole datasets and compare both stores. With a Neo4j of their own (NEO4J_URI unset)
// the global setup starts one per worker and each suite uses the one of its worker
// (test/helpers/neo4j.ts), so the Neo4j suites run beside the others in one pool of two workers;
// one at a time after the others, they left a core idle for about 13 minutes of a CI run. A Neo4j
// given by NEO4J_URI is one database, which its suites share one at a time.
const WORKERS = 2;
const sharedNeo4j = Boolean(process.env.NEO4J_URI);

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: WORKERS,
    sequence: { sequencer: BrowserFirstSequencer },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.neo4j.test.ts'] },
      },
      {
        extends: true,
        // The longer limit only guards against a hang (speed is measured in bench/, never asserted here).
        test: {
          name: 'neo4j',
          include: ['test/**/*.neo4j.test.ts'],
          globalSetup: ['test/setup/neo4j.global.ts'],
          fileParallelism: !sharedNeo4j,
          testTimeout: 300_000,
        },
      },
    ],
  },
});
