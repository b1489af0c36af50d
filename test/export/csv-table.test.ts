// Spreadsheet-safe CSV tables: text that a spreadsheet would run as a formula gets a leading quote
// (OWASP "CSV Injection": cells starting with =, +, -, @, tab or CR); numbers, negative ones and
// numeric text such as a negative latitude, are left exactly as they are.
import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsvTable } from '../../server/export/index.ts';

describe('neutraliseCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+62 21 555', "'+62 21 555"],
    ['-2+3', "'-2+3"],
    ["@cmd|' /C calc'!A0", "'@cmd|' /C calc'!A0"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['PT Ceper = best', 'PT Ceper = best'],
    ['plain', 'plain'],
    ['', ''],
  ])('text %j becomes %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });

  it.each([
    [-7.679, '-7.679'],
    [-110.5, '-110.5'],
    [0, '0'],
    [1e21, '1e+21'],
    ['-7.679', '-7.679'],
    ['+3', '+3'],
    ['-1e-5', '-1e-5'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
  ])('number-like %j stays %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });

  it('joins lists with ";" and neutralises the joined text', () => {
    expect(neutraliseCell(['ISO 9001', 'IATF 16949'])).toBe('ISO 9001;IATF 16949');
    expect(neutraliseCell(['=1', 'x'])).toBe("'=1;x");
  });

  it('neutralises each part after a ";", where a spreadsheet set to Indonesian splits the line (a helper\'s console export: 1;=2+3)', () => {
    expect(neutraliseCell([1, '=2+3'])).toBe("1;'=2+3");
    expect(neutraliseCell('PT Maju;=HYPERLINK("http://x")')).toBe('PT Maju;\'=HYPERLINK("http://x")');
    expect(neutraliseCell('a;@x;+1;-2;b')).toBe("a;'@x;+1;-2;b");
    expect(neutraliseCell(['ISO 9001', 'IATF 16949'])).toBe('ISO 9001;IATF 16949');
  });
});

describe('toCsvTable', () => {
  it('quotes as RFC 4180 says and neutralises every text cell, headers included', () => {
    const csv = toCsvTable(['name', 'lat', '=col'], [
      { name: 'PT "Logam", Ceper', lat: -7.679, '=col': 'a\nb' },
      { name: '=1+1', lat: null, '=col': '-x' },
    ]);
    expect(csv).toBe(`name,lat,'=col\r\n"PT ""Logam"", Ceper",-7.679,"a\nb"\r\n'=1+1,,'-x\r\n`);
  });
});

describe('toCsvTable money columns', () => {
  // 14,174,985.825 × ⅓ is what JavaScript computes as 4724995.274999999 (a national value: trade
  // value × concordance share); to the cent that is 4724995.27. Other columns keep every digit.
  it('writes the columns named as money to the cent, and every other number in full', () => {
    const value = 14174985.825 * (1 / 3);
    expect(String(value)).toBe('4724995.274999999');
    const csv = toCsvTable(['valueUsd', 'eci', 'name'], [
      { valueUsd: value, eci: value, name: 'x' },
      { valueUsd: 0.1 + 0.2, eci: 0.1 + 0.2, name: 'y' },
      { valueUsd: null, eci: Number.NaN, name: 'z' },
    ], { cents: ['valueUsd'] });
    expect(csv).toBe('valueUsd,eci,name\r\n4724995.27,4724995.274999999,x\r\n0.3,0.30000000000000004,y\r\n,NaN,z\r\n');
  });
});
