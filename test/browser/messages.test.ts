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
