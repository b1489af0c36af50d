// The CSV reader of the complexity module: columns by the caller's names, and located errors
// (line of the record, 1-based column number) for a missing column, a missing, non-numeric or
// negative value. Expected positions are counted by hand from the literal CSV texts below.
import { describe, expect, it } from 'vitest';
import { ComplexityInputError, computeComplexity, parseComplexityCsv } from '../../server/analysis/complexity/index.ts';
import { render } from '../../server/i18n/index.ts';

const cols = { location: 'origin', product: 'hs92', value: 'export_val', year: 'year' };

const errorOf = (text: string, columns = cols): ComplexityInputError => {
  try {
    parseComplexityCsv(text, columns);
  } catch (error) {
    expect(error).toBeInstanceOf(ComplexityInputError);
    return error as ComplexityInputError;
  }
  throw new Error('expected a ComplexityInputError');
};

describe('parseComplexityCsv', () => {
  it('reads rows by column name, in any column order, with CRLF, a BOM and blank lines', () => {
    const text = '\uFEFFexport_val,year,hs92,origin\r\n12.5,1995,0101,idn\r\n\r\n3e2,1995,"0102",tha\r\n';
    expect(parseComplexityCsv(text, cols)).toEqual([
      { location: 'idn', product: '0101', value: 12.5, year: '1995' },
      { location: 'tha', product: '0102', value: 300, year: '1995' },
    ]);
  });

  it('leaves the year out when no year column is named', () => {
    const rows = parseComplexityCsv('origin,hs92,export_val\nidn,0101,1\n', { location: 'origin', product: 'hs92', value: 'export_val' });
    expect(rows).toEqual([{ location: 'idn', product: '0101', value: 1 }]);
  });

  it('names a missing column on the header line', () => {
    const e = errorOf('year,origin,value\n1995,idn,1\n');
    expect([e.line, e.column]).toEqual([1, 4]);
    expect(e.reason).toMatch(/missing product column "hs92"/);
  });

  it('refuses one column named for two roles, on the header line (every ECI and PCI was empty)', () => {
    const e = errorOf('year,origin,hs92,export_val\n1995,idn,0101,10\n', { ...cols, product: 'origin' });
    expect([e.line, e.column]).toEqual([1, 2]);
    expect(e.reason).toBe('column "origin" is named both as the location and as the product; each needs a column of its own');
    expect(render('id', e.reasonText)).toBe('kolom "origin" disebut sebagai kolom lokasi dan juga kolom produk; masing-masing memerlukan kolomnya sendiri');
    expect(errorOf('year,origin,hs92,export_val\n1995,idn,0101,10\n', { ...cols, year: 'export_val' }).reason).toMatch(/^column "export_val" is named both as the value and as the year/);
  });

  it('refuses a value so large that the sums overflow, at its cell (rca was Infinity, with no warning)', () => {
    const e = errorOf('year,origin,hs92,export_val\n1995,idn,0101,10\n1995,tha,0101,1e308\n');
    expect([e.line, e.column]).toEqual([3, 4]);
    expect(e.reason).toBe('"1e308" in column "export_val" is too large (at most 1e100)');
    // Rupiah totals (a country's exports are about 4e15 IDN a year) stay far inside the bound.
    expect(parseComplexityCsv('year,origin,hs92,export_val\n1995,idn,0101,4e15\n', cols)[0]!.value).toBe(4e15);
  });

  it('refuses a file that is not UTF-8 at the line of its first bad byte (it computed "Caf\uFFFD")', () => {
    // What reading a Windows-1252 file as UTF-8 gives: U+FFFD where "é" was, on line 3.
    const e = errorOf('year,origin,hs92,export_val\n1995,idn,0101,10\n1995,Caf\uFFFD,0101,4\n');
    expect([e.line, e.column]).toEqual([3, 1]);
    expect(render('id', e.reasonText)).toMatch(/^berkas ini bukan UTF-8 yang sah/);
  });

  it('locates a non-numeric value (line 3, column 4)', () => {
    const e = errorOf('year,origin,hs92,export_val\n1995,idn,0101,10\n1995,tha,0101,12abc\n');
    expect([e.line, e.column]).toEqual([3, 4]);
    expect(e.reason).toMatch(/"12abc" .* is not a number/);
  });

  it('locates a negative value (line 2, column 1) and reports the record line after blank lines', () => {
    const e = errorOf('export_val,year,origin,hs92\n-5,1995,idn,0101\n');
    expect([e.line, e.column]).toEqual([2, 1]);
    expect(e.reason).toMatch(/negative/);
    const later = errorOf('export_val,year,origin,hs92\n1,1995,idn,0101\n\n\n-1,1995,tha,0101\n');
    expect([later.line, later.column]).toEqual([5, 1]);
  });

  it('locates a missing value and an empty location', () => {
    const e = errorOf('year,origin,hs92,export_val\n1995,idn,0101,\n');
    expect([e.line, e.column]).toEqual([2, 4]);
    expect(e.reason).toMatch(/missing value/);
    const loc = errorOf('year,origin,hs92,export_val\n1995, ,0101,4\n');
    expect([loc.line, loc.column]).toEqual([2, 2]);
  });

  it('counts a record that spans lines from its first line', () => {
    const e = errorOf('year,origin,hs92,export_val\n1995,"Indo\nnesia",0101,x\n');
    expect([e.line, e.column]).toEqual([2, 4]);
  });

  it('rejects rows longer than the header and broken quoting', () => {
    const long = errorOf('year,origin,hs92,export_val\n1995,idn,0101,1,9\n');
    expect([long.line, long.column]).toEqual([2, 5]);
    const quote = errorOf('year,origin,hs92,export_val\n1995,"idn,0101,1\n');
    expect(quote.reason).toMatch(/unreadable CSV/);
  });

  it('rejects an empty file', () => {
    expect(errorOf('').line).toBe(1);
  });
});

describe('computeComplexity input checks', () => {
  it('rejects a negative or non-finite value given directly, naming the row and field', () => {
    const bad = () => computeComplexity([{ location: 'a', product: 'p', value: 1 }, { location: 'b', product: 'p', value: -2 }]);
    expect(bad).toThrow(ComplexityInputError);
    expect(bad).toThrow(/^2:value:/);
    expect(() => computeComplexity([{ location: 'a', product: 'p', value: Number.NaN }])).toThrow(/1:value: value must be a finite number/);
  });

  it('rejects a bad option with a message naming it', () => {
    expect(() => computeComplexity([], { rcaThreshold: 0 })).toThrow(/rcaThreshold/);
  });
});
