// Country names in the reader's language (server/i18n/countries.ts), which the server's sentences
// and the web views share. Expected values, independent of the module:
//  - the alpha-3 → alpha-2 table equals Debian's iso-codes list (/usr/share/iso-codes/json/
//    iso_3166-1.json, the ISO 3166-1 table as the Debian package publishes it) where installed;
//  - the Indonesian names of the seed's eleven origin countries, written by hand as Indonesian
//    official usage has them (Tiongkok, not Cina, since Keppres 12/2014; Jepang, Korea Selatan, …);
//  - English keeps the dataset's name; unknown codes fall back to the dataset's name, then the code.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alpha2, countryName } from '../../server/i18n/countries.ts';

const ISO_CODES = '/usr/share/iso-codes/json/iso_3166-1.json';

describe('country names', () => {
  // Skipped only outside CI: .ci/run installs Debian's iso-codes, so in CI a missing list fails.
  it.skipIf(!existsSync(ISO_CODES) && process.env.CI !== 'true')('maps every ISO 3166-1 alpha-3 code to its alpha-2 code, as Debian’s iso-codes lists them', () => {
    const list = (JSON.parse(readFileSync(ISO_CODES, 'utf8')) as { '3166-1': Array<{ alpha_2: string; alpha_3: string }> })['3166-1'];
    expect(list.length).toBeGreaterThan(240);
    for (const c of list) expect(alpha2(c.alpha_3), c.alpha_3).toBe(c.alpha_2);
    expect(alpha2('EUN')).toBeUndefined();
  });

  it('names the seed’s origin countries in Indonesian (hand-written list)', () => {
    const seed: Array<[string, string, string]> = [
      ['JPN', 'Japan', 'Jepang'],
      ['THA', 'Thailand', 'Thailand'],
      ['CHN', 'China', 'Tiongkok'],
      ['KOR', 'South Korea', 'Korea Selatan'],
      ['IND', 'India', 'India'],
      ['DEU', 'Germany', 'Jerman'],
      ['USA', 'United States', 'Amerika Serikat'],
      ['MYS', 'Malaysia', 'Malaysia'],
      ['VNM', 'Viet Nam', 'Vietnam'],
      ['TWN', 'Taiwan', 'Taiwan'],
      ['AUS', 'Australia', 'Australia'],
    ];
    for (const [code, english, indonesian] of seed) {
      expect(countryName('id', code, english), code).toBe(indonesian);
      // English keeps the dataset's own spelling ("Viet Nam"), whatever ICU would say.
      expect(countryName('en', code, english), code).toBe(english);
    }
  });

  it('falls back to the dataset’s name, then to the code, for codes ISO does not assign', () => {
    expect(countryName('id', 'EUN', 'European Union')).toBe('European Union');
    expect(countryName('id', 'XXX')).toBe('XXX');
    expect(countryName('en', 'XXX', '')).toBe('XXX');
    // Without a dataset name, English takes ICU's name.
    expect(countryName('en', 'CHN')).toBe('China');
    // Lower-case codes are read as the same code.
    expect(countryName('id', 'jpn', 'Japan')).toBe('Jepang');
  });
});
