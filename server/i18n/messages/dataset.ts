// The problems of a dataset that is rejected (server/model: the CSV, JSON and workbook readers and
// the validator), each located as `file:line:column: message` or `sheet!cell: message`. The English
// is what `rantai validate` has always printed; tests and docs pin it, so change it only with them.
// The Indonesian is what an analyst at the ministry reads on the Data page: berkas, baris, kolom,
// lembar (sheet), sel (cell), buku kerja (workbook).
import type { Translation } from './translation.ts';

export const en = {
  // Reading a CSV file.
  'problem.csv.quoteNotClosed': 'malformed quoting: a quoted value that starts on this line is never closed',
  'problem.csv.closingQuote': 'malformed quoting: a closing quote must be followed by a comma or the end of the line',
  'problem.csv.openingQuote': 'malformed quoting: a quote inside an unquoted value (quote the whole value and double inner quotes)',
  'problem.csv.unreadable': 'unreadable CSV: {detail}',
  'problem.csv.notUtf8': 'the file is not valid UTF-8 (save it as UTF-8)',
  'problem.csv.ragged': 'row has {n} {n|value|values} but the header has {columns} {columns|column|columns}',

  // The header and the rows of any file.
  'problem.emptyFile': 'the file is empty: it needs a header row',
  'problem.stopped': 'checking stopped here after {n} problems; fix these and upload again to see any others',
  'problem.unnamedColumn': 'a column has no name in the header row',
  'problem.columnTwice': 'column "{column}" appears twice (the first one is read)',
  'problem.unknownColumn': 'unknown column "{column}" (expected: {expected})',
  'problem.requiredColumn': 'required column "{column}" is missing',
  'problem.cell': '{column} {reason}',

  // Ids and references across files.
  'problem.idUsed': 'id "{id}" is already used at {file}:{line}',
  'problem.duplicateRow': 'duplicate row: ({columns}) = ({values}) already appears on line {line}',
  'problem.noSuchId': '{column} "{id}" does not match any id in {target}',
  'problem.suppliesItself': 'a firm cannot supply itself ("{firm}")',
  'problem.rows.one': '{n} row of {file}',
  'problem.rows.other': '{n} rows of {file}',
  'problem.referencedMissing': '{rows} name {target}, but {name} is missing{hint}',
  'problem.missingFile': '{name} is missing{hint} (core files: {core})',
  'problem.coreHint': '; a complete dataset holds every core file, even if only as a header row (an upload that replaces only some files says mode=merge)',
  'problem.currentFile': '{name} (current dataset)',
  'problem.sheetName': 'sheet {name}',

  // Repeated problems grouped.
  'problem.more': 'and {n} more like this ({first} to {last})',
  'problem.place.line': 'line {line}',

  // Files and bundles.
  'problem.unknownFile': 'unknown file (a dataset holds: {expected})',
  'problem.noSuchFile': 'no such file or folder',
  'problem.noCsvFiles': 'the folder holds no CSV files (expected: {expected})',
  'problem.notDataset': 'not a dataset: give a folder of CSV files ({expected}), one of those files, a .json bundle or an .xlsx workbook',
  'problem.json.invalid': 'not valid JSON: {detail}',
  'problem.json.expected': 'expected {expected}',
  'problem.json.notObject': 'a JSON bundle must be an object keyed by file name',
  'problem.json.unknownKey': 'unknown key "{key}" (expected: {expected})',
  'problem.json.notArray': '"{key}" must be an array of row objects',
  'problem.json.rowNotObject': 'each row must be an object keyed by column name',

  // Workbooks.
  'problem.sheet.xls': 'this is an Excel 97-2003 workbook (.xls); save it as an Excel Workbook (.xlsx) and upload that',
  'problem.sheet.notXlsx': 'this is not an Excel workbook (.xlsx)',
  'problem.sheet.merged': 'cells {ref} are merged; unmerge them and give every row its own value',
  'problem.sheet.noHeader': 'a value in a column with no header; give the column a name or clear the cell',
  'problem.sheet.unknown': 'sheet "{sheet}" is not a dataset sheet (expected: {expected}, and README); rename or delete it',
  'problem.sheet.twice': 'sheets "{first}" and "{second}" both hold {file}; keep one',

  // What is wrong with a worksheet cell (after the column's name).
  'cell.formula': 'holds a formula without a saved result; open the workbook in Excel and save it again (or paste the values)',
  'cell.error': 'holds the Excel error {error}; put a value in the cell',
  'cell.object': 'holds something that is not a value (an object or picture)',
  'cell.notValue': 'holds something that is not a value',
  'cell.ambiguous': '"{text}" could be {decimal} (decimal comma) or {thousands} (thousands); write it without the separator you do not mean',
  'cell.dateForNumber': 'holds a date ({day}) where a number belongs; format the cell as a number',
  'cell.dateForText': 'holds a date ({day}); Excel turned what was typed into a date: format the column as Text and type the value again',
  'cell.invalidDate': 'an invalid date',

  // What is wrong with a value (after the column's name): server/model/field-text.ts.
  'field.required': 'is required',
  'field.text': 'must be text',
  'field.maxChars': 'must be at most {max} characters',
  'field.semicolon': 'must not contain ";"',
  'field.reserved': '"{id}" is reserved (a built-in JavaScript name); choose another id',
  'field.number': 'must be a number, got {got}',
  'field.finite': 'must be a finite number',
  'field.negative': 'must not be negative',
  'field.latitude': 'latitude must be between -90 and 90',
  'field.longitude': 'longitude must be between -180 and 180',
  'field.year': 'must be a year, got {got}',
  'field.wholeYear': 'must be a whole year',
  'field.yearRange': 'must be a year between 1800 and 2200',
  'field.flag': 'must be true or false, got {got}',
  'field.listItems': 'list items must be text',
  'field.listItemEmpty': 'list items must not be empty',
  'field.list': 'must be a ";"-separated list',
  'field.oneOf': 'must be one of {values}, got {got}',
  // A check this product does not know (a schema's own refinement): its own words, as written.
  'field.other': '{message}',
} as const;

export const id: Translation<typeof en> = {
  'problem.csv.quoteNotClosed': 'tanda kutip salah: nilai berkutip yang dimulai di baris ini tidak pernah ditutup',
  'problem.csv.closingQuote': 'tanda kutip salah: tanda kutip penutup harus diikuti koma atau akhir baris',
  'problem.csv.openingQuote': 'tanda kutip salah: ada tanda kutip di dalam nilai tanpa kutip (kutip seluruh nilainya dan gandakan tanda kutip di dalamnya)',
  'problem.csv.unreadable': 'CSV tidak dapat dibaca (pesan pembaca CSV: {detail})',
  'problem.csv.notUtf8': 'berkas ini bukan UTF-8 yang sah (simpan sebagai UTF-8)',
  'problem.csv.ragged': 'baris ini berisi {n} nilai, padahal baris judul hanya memiliki {columns} kolom',

  'problem.emptyFile': 'berkas kosong: berkas memerlukan baris judul kolom',
  'problem.stopped': 'pemeriksaan dihentikan di sini setelah {n} masalah; perbaiki masalah tersebut lalu unggah lagi untuk melihat masalah lainnya',
  'problem.unnamedColumn': 'ada kolom tanpa nama di baris judul',
  'problem.columnTwice': 'kolom "{column}" muncul dua kali (yang dibaca adalah yang pertama)',
  'problem.unknownColumn': 'kolom "{column}" tidak dikenal (seharusnya: {expected})',
  'problem.requiredColumn': 'kolom wajib "{column}" tidak ada',
  'problem.cell': '{column} {reason}',

  'problem.idUsed': 'id "{id}" sudah dipakai di {file}:{line}',
  'problem.duplicateRow': 'baris ganda: ({columns}) = ({values}) sudah ada di baris {line}',
  'problem.noSuchId': '{column} "{id}" tidak cocok dengan id mana pun di {target}',
  'problem.suppliesItself': 'perusahaan tidak dapat memasok dirinya sendiri ("{firm}")',
  'problem.rows.one': '{n} baris di {file}',
  'problem.rows.other': '{n} baris di {file}',
  'problem.referencedMissing': '{rows} merujuk ke {target}, tetapi {name} tidak ada{hint}',
  'problem.missingFile': '{name} tidak ada{hint} (berkas inti: {core})',
  'problem.coreHint': '; dataset yang lengkap memuat setiap berkas inti, walau hanya berisi baris judul (unggahan yang hanya mengganti sebagian berkas memakai mode=merge)',
  'problem.currentFile': '{name} (dataset yang sedang dipakai)',
  'problem.sheetName': 'lembar {name}',

  'problem.more': 'dan {n} masalah serupa lainnya ({first} sampai {last})',
  'problem.place.line': 'baris {line}',

  'problem.unknownFile': 'berkas tidak dikenal (sebuah dataset terdiri atas: {expected})',
  'problem.noSuchFile': 'berkas atau folder tidak ditemukan',
  'problem.noCsvFiles': 'folder ini tidak berisi berkas CSV (seharusnya: {expected})',
  'problem.notDataset': 'bukan dataset: berikan folder berisi berkas CSV ({expected}), salah satu berkas itu, bundel .json, atau buku kerja .xlsx',
  'problem.json.invalid': 'bukan JSON yang sah: {detail}',
  'problem.json.expected': 'seharusnya ada {expected}',
  'problem.json.notObject': 'bundel JSON harus berupa objek dengan nama berkas sebagai kuncinya',
  'problem.json.unknownKey': 'kunci "{key}" tidak dikenal (seharusnya: {expected})',
  'problem.json.notArray': '"{key}" harus berupa larik (array) objek baris',
  'problem.json.rowNotObject': 'setiap baris harus berupa objek dengan nama kolom sebagai kuncinya',

  'problem.sheet.xls': 'ini buku kerja Excel 97-2003 (.xls); simpan sebagai Buku Kerja Excel (.xlsx), lalu unggah berkas itu',
  'problem.sheet.notXlsx': 'ini bukan buku kerja Excel (.xlsx)',
  'problem.sheet.merged': 'sel {ref} digabung; pisahkan kembali dan isi nilai pada setiap baris',
  'problem.sheet.noHeader': 'ada nilai di kolom tanpa judul; beri nama kolomnya atau kosongkan selnya',
  'problem.sheet.unknown': 'lembar "{sheet}" bukan lembar dataset (seharusnya: {expected}, dan README); ganti namanya atau hapus lembar itu',
  'problem.sheet.twice': 'lembar "{first}" dan "{second}" sama-sama memuat {file}; sisakan satu saja',

  'cell.formula': 'berisi rumus tanpa hasil tersimpan; buka buku kerja di Excel lalu simpan lagi (atau tempel nilainya saja)',
  'cell.error': 'berisi galat Excel {error}; isi sel dengan nilai',
  'cell.object': 'berisi sesuatu yang bukan nilai (objek atau gambar)',
  'cell.notValue': 'berisi sesuatu yang bukan nilai',
  'cell.ambiguous': '"{text}" dapat berarti {decimal} (koma desimal) atau {thousands} (pemisah ribuan); tulis tanpa pemisah yang tidak dimaksud',
  'cell.dateForNumber': 'berisi tanggal ({day}) di tempat angka; format sel sebagai angka',
  'cell.dateForText': 'berisi tanggal ({day}); Excel mengubah isian menjadi tanggal: format kolom sebagai Teks lalu ketik ulang nilainya',
  'cell.invalidDate': 'tanggal yang tidak sah',

  'field.required': 'wajib diisi',
  'field.text': 'harus berupa teks',
  'field.maxChars': 'paling banyak {max} karakter',
  'field.semicolon': 'tidak boleh memuat ";"',
  'field.reserved': '"{id}" adalah nama bawaan JavaScript yang tidak boleh dipakai; pilih id lain',
  'field.number': 'harus berupa angka, tertulis {got}',
  'field.finite': 'harus berupa angka terhingga',
  'field.negative': 'tidak boleh negatif',
  'field.latitude': 'lintang harus di antara -90 dan 90',
  'field.longitude': 'bujur harus di antara -180 dan 180',
  'field.year': 'harus berupa tahun, tertulis {got}',
  'field.wholeYear': 'tahun harus bilangan bulat',
  'field.yearRange': 'tahun harus di antara 1800 dan 2200',
  'field.flag': 'harus true atau false, tertulis {got}',
  'field.listItems': 'setiap butir daftar harus berupa teks',
  'field.listItemEmpty': 'butir daftar tidak boleh kosong',
  'field.list': 'harus berupa daftar yang dipisah ";"',
  'field.oneOf': 'harus salah satu dari {values}, tertulis {got}',
  'field.other': '{message}',
};
