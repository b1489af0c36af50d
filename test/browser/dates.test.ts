// Dates in exports and on the Data page as a ministry reader writes them (web/src/export/scope.ts):
// the day with the month in words, and the load time with the language's own separator ("pukul
// 11.44" in Indonesian), instead of ISO stamps ("2026-12-03 11:44 UTC") in an Indonesian sentence.
// Month names checked against the languages' calendars (Indonesian: Desember, Agustus).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../web/src/app/i18n.ts';
import { loadTime, longDate } from '../../web/src/export/scope.ts';

beforeAll(() => {
  (globalThis as { document?: unknown }).document ??= { documentElement: { lang: 'en' } };
});
afterEach(() => setLang('en'));

describe('dates in the reader\'s language', () => {
  it('writes them in English', () => {
    setLang('en');
    expect(longDate('2026-12-03')).toBe('3 December 2026');
    expect(loadTime('2026-08-17T07:05:09.000Z')).toBe('17 August 2026, 07:05 UTC');
  });

  it('writes them in Indonesian', () => {
    setLang('id');
    expect(longDate('2026-12-03')).toBe('3 Desember 2026');
    expect(loadTime('2026-08-17T07:05:09.000Z')).toBe('17 Agustus 2026 pukul 07.05 UTC');
    expect(loadTime(null)).toBe('waktu muat tidak tercatat');
  });
});
