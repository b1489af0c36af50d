import { defineConfig } from 'vitest/config';

// Two projects: everything that can run in parallel, and the suites that share the one Neo4j
// database started by the global setup (files named *.neo4j.test.ts), which run one at a time.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    globalSetup: ['test/setup/neo4j.global.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.neo4j.test.ts'] },
      },
      {
        extends: true,
        // These suites load whole datasets into a real Neo4j and compare both stores; the longer
        // limit only guards against a hang (speed is measured in bench/, never asserted here).
        test: { name: 'neo4j', include: ['test/**/*.neo4j.test.ts'], fileParallelism: false, testTimeout: 300_000 },
      },
    ],
  },
});
