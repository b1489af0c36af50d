// The header of an uploaded CSV file (RFC 4180: quoted names may hold commas and doubled quotes),
// and a first guess of which column is the location, the product, the value and the year, so that
// files with the usual names (country/location, product/hs, export_value/value, year) need no
// choosing. The server reads the whole file; this only offers the column names.

/** The column names of the first line (a byte-order mark is dropped). */
export function csvHeader(text: string): string[] {
  const src = text.replace(/^\uFEFF/, '');
  const names: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      names.push(cell.trim());
      cell = '';
    } else if (c === '\n' || c === '\r') break;
    else cell += c;
  }
  names.push(cell.trim());
  return names.length === 1 && names[0] === '' ? [] : names;
}

export interface ColumnGuess {
  location: string;
  product: string;
  value: string;
  /** '' when no column looks like a year. */
  year: string;
}

const PATTERNS: Record<keyof ColumnGuess, RegExp> = {
  location: /^(location|country|region|cluster|province|iso3?|exporter|loc|origin)([_ -]?(id|code))?$/i,
  product: /^(product|hs\d*|sitc\d*|commodity|component|item|prod)([_ -]?(id|code))?$/i,
  value: /^(value|export[_ -]?value|exports?|value[_ -]?usd|trade[_ -]?value|amount|val)$/i,
  year: /^(year|time|period|yr)$/i,
};

/** Which header name plays which role; falls back to the first three columns in order. */
export function guessColumns(header: readonly string[]): ColumnGuess {
  const find = (role: keyof ColumnGuess, taken: string[]): string => header.find((h) => PATTERNS[role].test(h) && !taken.includes(h)) ?? '';
  const location = find('location', []);
  const product = find('product', [location]);
  const value = find('value', [location, product]);
  const year = find('year', [location, product, value]);
  const rest = header.filter((h) => ![location, product, value, year].includes(h));
  return {
    location: location || rest.shift() || '',
    product: product || rest.shift() || '',
    value: value || rest.shift() || '',
    year,
  };
}
