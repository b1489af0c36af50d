// A malformed setting in the environment (server/config.ts) stops `rantai serve` and `rantai load`
// with one line naming the variable once and why, in --lang's language, and exit code 1. Before,
// the line was English whatever --lang said and named the variable twice ("RANTAI_WRITE_TOKEN:
// RANTAI_WRITE_TOKEN must be at least 16 characters").
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config.ts';
import { rantai } from '../helpers/cli.ts';

describe('a malformed setting', () => {
  it.each([
    [{ RANTAI_WRITE_TOKEN: 'short' }, 'RANTAI_WRITE_TOKEN: must be at least 16 characters', 'RANTAI_WRITE_TOKEN: paling sedikit 16 karakter'],
    [{ PORT: '70000' }, 'PORT: must be a port number, 0 to 65535', 'PORT: harus nomor port, 0 sampai 65535'],
    [{ RANTAI_ANALYSIS_CONCURRENCY: '0' }, 'RANTAI_ANALYSIS_CONCURRENCY: must be at least 1', 'RANTAI_ANALYSIS_CONCURRENCY: paling sedikit 1'],
    [{ RANTAI_ANALYSIS_CONCURRENCY: '1.5' }, 'RANTAI_ANALYSIS_CONCURRENCY: must be a whole number', 'RANTAI_ANALYSIS_CONCURRENCY: harus bilangan bulat'],
    [{ RANTAI_DRAIN_MS: 'soon' }, 'RANTAI_DRAIN_MS: must be a whole number of milliseconds', 'RANTAI_DRAIN_MS: harus bilangan bulat dalam milidetik'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI: must start with bolt://, neo4j://, bolt+s:// or neo4j+s://', 'NEO4J_URI: harus diawali bolt://, neo4j://, bolt+s://, atau neo4j+s://'],
  ])('%o is read as such by readConfig', (env, en, id) => {
    let thrown: unknown;
    try {
      readConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).message).toBe(`configuration: ${en}`);
    expect((thrown as ConfigError).messageIn('id')).toBe(`konfigurasi: ${id}`);
  });

  it('stops rantai serve and rantai load with one line in --lang’s language', () => {
    for (const [command, ...args] of [['serve'], ['load', 'seed/indonesia']] as const) {
      const en = rantai([command, ...args, '--lang', 'en'], { RANTAI_WRITE_TOKEN: 'short' });
      expect(en.code).toBe(1);
      expect(en.stderr.trim()).toBe(`rantai ${command} failed: configuration: RANTAI_WRITE_TOKEN: must be at least 16 characters`);
      const id = rantai([command, ...args, '--lang', 'id'], { PORT: 'delapan' });
      expect(id.code).toBe(1);
      expect(id.stderr.trim()).toBe(`rantai ${command} gagal: konfigurasi: PORT: harus nomor port, 0 sampai 65535`);
    }
  });
});
