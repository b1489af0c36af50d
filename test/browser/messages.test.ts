/// <reference types="vite/client" />
// Every label of the UI exists in English and in Bahasa Indonesia: all message tables
// (web/src/**/messages.ts) are loaded and compared key by key.
import { describe, expect, it } from 'vitest';
import { registeredKeys } from '../../web/src/app/i18n.ts';

const modules = import.meta.glob('../../web/src/**/messages.ts', { eager: true });

describe('translations', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
    const { en, id } = registeredKeys();
    expect(en.length).toBeGreaterThan(50);
    expect([...id].sort()).toEqual([...en].sort());
  });
});

describe('t()', () => {
  it('chooses the singular or plural noun from the number it names', async () => {
    const { registerMessages, setLang, t } = await import('../../web/src/app/i18n.ts');
    registerMessages('test-plural', { en: { 'test.rows': '{rows} {rows|row|rows} in {ms} ms' }, id: { 'test.rows': '{rows} baris dalam {ms} md' } });
    // setLang touches document; give it the one property it sets.
    Object.assign(globalThis, { document: { documentElement: {} } });
    setLang('en');
    expect(t('test.rows', { rows: 1, ms: 42 })).toBe('1 row in 42 ms');
    expect(t('test.rows', { rows: 0, ms: 42 })).toBe('0 rows in 42 ms');
    expect(t('test.rows', { rows: 1234, ms: 5 })).toBe('1,234 rows in 5 ms');
    setLang('id');
    expect(t('test.rows', { rows: 1, ms: 42 })).toBe('1 baris dalam 42 md');
  });
});
