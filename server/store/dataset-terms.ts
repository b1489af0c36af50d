// Terms a request names as the dataset writes them: a province ("Jawa Barat") or a certification
// ("IATF 16949"). Both are free text in the data, so a request that spells one differently
// ("jawa barat", "iatf  16949") used to match nothing and looked like a real answer: a province with
// no firms, a what-if whose certification changed nothing. A term is matched without regard to case
// and spacing, and one that names nothing in the dataset is a 400 listing the terms it has.
import { AppError } from '../errors.ts';
import { text } from '../i18n/index.ts';

/** The refusals, each with {field}, {value} and {known}. */
type TermMessage = 'error.unknownProvince' | 'error.unknownCertification';

/** Terms listed in a refusal at most (Indonesia has 38 provinces; a dataset may write more). */
const LISTED = 40;

/** Case and spacing are not significant: "jawa  barat" is "Jawa Barat". */
const folded = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

/** The distinct non-empty texts among `names`, sorted. */
export const distinctTerms = (names: Iterable<unknown>): string[] =>
  [...new Set([...names].filter((p): p is string => typeof p === 'string' && p !== ''))].sort();

/**
 * `name` as the dataset writes it (one of `known`), for a request's `field`; a 400 with `message`
 * ({field}, {value}, {known}) when it names none of them (or, folded, more than one).
 */
export function datasetTerm(known: readonly string[], name: string, field: string, message: TermMessage): string {
  if (known.includes(name)) return name;
  const matches = known.filter((p) => folded(p) === folded(name));
  if (matches.length === 1) return matches[0]!;
  const listed = known.length > LISTED ? [...known.slice(0, LISTED), '…'] : known;
  throw new AppError('invalid_parameter', text(message, { field, value: name.slice(0, 200), known: listed.length > 0 ? listed.join(', ') : text('error.noneKnown') }), {
    field,
    value: name,
    known,
  });
}
