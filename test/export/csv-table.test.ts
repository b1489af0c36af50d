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

  // The doubles below are what JavaScript computes (14,174,985.825 × ⅓ is 4724995.274999999 in
  // String()); the expected text is the decimal a spreadsheet shows for them (15 significant
  // digits, LibreOffice Calc and Excel alike).
  it.each([
    [14174985.825 * (1 / 3), '4724995.275'],
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.333333333333333'],
    [-7.679, '-7.679'],
    [123456789012345680000, '123456789012345680000'],
    [NaN, 'NaN'],
  ])('number %j is written as %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });

  it('joins lists with ";" and neutralises the joined text', () => {
    expect(neutraliseCell(['ISO 9001', 'IATF 16949'])).toBe('ISO 9001;IATF 16949');
    expect(neutraliseCell(['=1', 'x'])).toBe("'=1;x");
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
