// The environment the tests and benches give the Neo4j they start (test/setup/neo4j-process.ts):
// what Maven and Java need and the launcher's settings, never the secrets of the process starting it
// (run.sh narrows it further for Java itself: test/console/console-user.neo4j.test.ts).
import { describe, expect, it } from 'vitest';
import { neo4jProcessEnv } from '../setup/neo4j-process.ts';

describe('neo4jProcessEnv', () => {
  it('passes PATH, HOME, JAVA_HOME, MAVEN_OPTS, LANG, TZ and the launcher settings, nothing else', () => {
    const parent = {
      PATH: '/usr/bin',
      HOME: '/home/ci',
      JAVA_HOME: '/opt/java',
      LANG: 'C.UTF-8',
      RANTAI_WRITE_TOKEN: 'secret-token-0123456789',
      NEO4J_PASSWORD: 'secret',
      NEO4J_CONSOLE_PASSWORD: 'secret',
      AWS_SECRET_ACCESS_KEY: 'secret',
      NEO4J_HEAP: '2g',
    };
    expect(neo4jProcessEnv('/tmp/h', 7999, parent)).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/ci',
      JAVA_HOME: '/opt/java',
      LANG: 'C.UTF-8',
      NEO4J_HOME: '/tmp/h',
      NEO4J_PORT: '7999',
      NEO4J_HEAP: '2g',
      NEO4J_PAGECACHE: '256m',
      NEO4J_STOP_WITH_PARENT: '1',
    });
    expect(neo4jProcessEnv('/tmp/h', 7999, parent, true).NEO4J_AUTH).toBe('enabled');
  });
});
