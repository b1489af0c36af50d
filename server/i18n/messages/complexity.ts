// Problems of the table given to the economic-complexity computation (server/analysis/complexity:
// `rantai complexity` and POST /api/complexity, the Complexity view's upload), located as
// `line:column: message`. The computation stops at the first one. The English is pinned by tests.
import type { Translation } from './translation.ts';

export const en = {
  'complexity.at': '{line}:{column}: {reason}',
  'complexity.quoteNotClosed': 'unreadable CSV: a quoted value is never closed',
  'complexity.closingQuote': 'unreadable CSV: a closing quote must be followed by a comma or the end of the line',
  'complexity.openingQuote': 'unreadable CSV: a quote inside an unquoted value (quote the whole value and double inner quotes)',
  'complexity.unreadable': 'unreadable CSV: {detail}',
  'complexity.missingColumn': 'missing {role} column "{name}" (the header has: {header})',
  'complexity.role.location': 'location',
  'complexity.role.product': 'product',
  'complexity.role.value': 'value',
  'complexity.role.year': 'year',
  'complexity.columnTwice': 'column "{name}" appears twice in the header',
  'complexity.sameColumn': 'column "{name}" is named both as the {first} and as the {second}; each needs a column of its own',
  'complexity.empty': 'the file is empty: expected a header line',
  'complexity.ragged': 'row has {n} {n|value|values} but the header has {columns} {columns|column|columns}',
  'complexity.missingValue': 'missing value in column "{name}"',
  'complexity.notNumber': '"{raw}" in column "{name}" is not a number',
  'complexity.tooLarge': '"{raw}" in column "{name}" is too large (at most 1e100)',
  'complexity.notUtf8': 'the file is not valid UTF-8 (first bad byte on this line); save it as UTF-8 (in Excel: "CSV UTF-8")',
  'complexity.negative': '"{raw}" in column "{name}" is negative; values must be 0 or more',
  'complexity.row.location': 'location must be a non-empty string',
  'complexity.row.product': 'product must be a non-empty string',
  'complexity.row.year': 'year must be a string when given',
  'complexity.row.value': 'value must be a finite number',
  'complexity.row.negative': 'value must not be negative (got {value})',
  'complexity.row.manual': "with presenceTest 'manual' the value must be 0 or 1 (got {value})",
  'complexity.tooManyCells':
    'csv: the table has {locations} {locations|location|locations} and {products} {products|product|products}, {cells} location × product cells to compute over its years; one request computes at most {max}: send fewer locations or products, or run `rantai complexity` on your own machine',
} as const;

export const id: Translation<typeof en> = {
  'complexity.at': '{line}:{column}: {reason}',
  'complexity.quoteNotClosed': 'CSV tidak dapat dibaca: nilai berkutip tidak pernah ditutup',
  'complexity.closingQuote': 'CSV tidak dapat dibaca: tanda kutip penutup harus diikuti koma atau akhir baris',
  'complexity.openingQuote': 'CSV tidak dapat dibaca: ada tanda kutip di dalam nilai tanpa kutip (kutip seluruh nilainya dan gandakan tanda kutip di dalamnya)',
  'complexity.unreadable': 'CSV tidak dapat dibaca (pesan pembaca CSV: {detail})',
  'complexity.missingColumn': 'kolom {role} "{name}" tidak ada (baris judul berisi: {header})',
  'complexity.role.location': 'lokasi',
  'complexity.role.product': 'produk',
  'complexity.role.value': 'nilai',
  'complexity.role.year': 'tahun',
  'complexity.columnTwice': 'kolom "{name}" muncul dua kali di baris judul',
  'complexity.sameColumn': 'kolom "{name}" disebut sebagai kolom {first} dan juga kolom {second}; masing-masing memerlukan kolomnya sendiri',
  'complexity.empty': 'berkas kosong: seharusnya diawali baris judul kolom',
  'complexity.ragged': 'baris ini berisi {n} nilai, padahal baris judul hanya memiliki {columns} kolom',
  'complexity.missingValue': 'nilai di kolom "{name}" kosong',
  'complexity.notNumber': '"{raw}" di kolom "{name}" bukan angka',
  'complexity.tooLarge': '"{raw}" di kolom "{name}" terlalu besar (paling besar 1e100)',
  'complexity.notUtf8': 'berkas ini bukan UTF-8 yang sah (bita rusak pertama di baris ini); simpan sebagai UTF-8 (di Excel: "CSV UTF-8")',
  'complexity.negative': '"{raw}" di kolom "{name}" negatif; nilai harus 0 atau lebih',
  'complexity.row.location': 'location harus berupa teks yang tidak kosong',
  'complexity.row.product': 'product harus berupa teks yang tidak kosong',
  'complexity.row.year': 'year, bila diisi, harus berupa teks',
  'complexity.row.value': 'value harus berupa angka terhingga',
  'complexity.row.negative': 'value tidak boleh negatif (tertulis {value})',
  'complexity.row.manual': "dengan presenceTest 'manual' value harus 0 atau 1 (tertulis {value})",
  'complexity.tooManyCells':
    'csv: tabel berisi {locations} lokasi dan {products} produk, {cells} sel lokasi × produk yang harus dihitung untuk semua tahunnya; satu permintaan menghitung paling banyak {max}: kirim lebih sedikit lokasi atau produk, atau jalankan `rantai complexity` di komputer sendiri',
};
