// The problems of the trade files of a dataset (trade.csv, hs_components.csv, world_trade.csv):
// what is wrong with one cell (server/model/trade-fields.ts, after the column's name, as the
// `field.*` messages of dataset.ts) and the rules that span rows (server/model/trade-rules.ts). The
// English is what the trade tests pin. The Indonesian is a BPS/Kemenperin analyst's: kode HS, pos
// (heading, 4 digit), subpos (6 digit), pos tarif nasional, Bab (chapter), negara asal, nilai impor
// dalam dolar AS, porsi (a concordance share), satuan (unit).
import type { Translation } from './translation.ts';

export const en = {
  // An HS code (hs).
  'field.hs.text': 'must be an HS code written as text',
  'field.hs.notCode': 'must be an HS code of 4 or 6 digits (such as 8708 or 870830), got {got}',
  'field.hs.dropped': '{got} has {n} digits; an HS code has 4 or 6 (a spreadsheet may have dropped a leading zero: write it as text, "0{digits}")',
  'field.hs.droppedLast': '{got} has {n} digits; an HS code has 4 or 6 (a spreadsheet may have dropped its last zero, as 8708.30 becomes 8708.3: write it as text, "{fixed}")',
  'field.hs.tariffLine': '{got} is a national tariff line ({n} digits); give the HS heading (4 digits) or subheading (6 digits): {six}',
  'field.hs.notInHs': '{got} is not in the HS nomenclature ({why})',
  'field.hs.why.reserved': 'chapter 77 is reserved',
  'field.hs.why.national': 'chapter {chapter} is left to national use',
  'field.hs.why.zero': 'there is no chapter 00',
  // A country code (origin, exporter).
  'field.iso3.text': 'must be a country code written as text',
  'field.iso3': 'must be an ISO 3166 alpha-3 code (three capital letters, such as JPN), got {got}',
  // A value in US dollars (value_usd).
  'field.usd.plain': 'must be a plain number of US dollars: write {got} without the currency and thousands separators',
  'field.usd.currency': 'must be in US dollars, but {got} names another currency ({currency}); convert it to USD at the year’s rate and write the number alone (a table in several currencies cannot be added up)',
  'field.usd.number': 'must be a number of US dollars, got {got}',
  'field.usd.negative': 'must not be negative (imports and exports are recorded as positive values)',
  // A concordance share (share).
  'field.share.number': 'must be a number between 0 and 1, got {got}',
  'field.share.range': 'must be more than 0 and at most 1 (a share of 30 % is 0.3), got {got}',
  // A quantity unit (unit).
  'field.unit.short': 'must be short, such as kg, t or u (at most 20 characters)',

  // Rules across the rows of the trade files.
  'trade.rule.level': 'hs {hs} lies within heading {heading}, which line {line} also gives for ({year}, {party}): its value would count twice; give one level only',
  'trade.rule.unitRequired': '{column} is required with a quantity (kg, t, u for items, …)',
  'trade.rule.unitDiffers': '{column} "{unit}" differs from "{first}" given for hs {hs} on line {line}; the quantities of one HS code must be measured alike (convert them, or leave quantity and {column} empty)',
  'trade.rule.shares': 'the shares of hs {hs} add up to {sum} with this row (lines {lines}); the shares of one HS code add up to at most 1',
  'trade.rule.hsId': 'id "{id}" names the HS product {code} of the trade files; choose another id',
} as const;

export const id: Translation<typeof en> = {
  'field.hs.text': 'harus berupa kode HS yang ditulis sebagai teks',
  'field.hs.notCode': 'harus berupa kode HS 4 atau 6 digit (misalnya 8708 atau 870830), tertulis {got}',
  'field.hs.dropped': '{got} terdiri atas {n} digit, padahal kode HS terdiri atas 4 atau 6 digit (angka nol di depan mungkin terhapus oleh lembar kerja: tulis sebagai teks, "0{digits}")',
  'field.hs.droppedLast': '{got} terdiri atas {n} digit, padahal kode HS terdiri atas 4 atau 6 digit (angka nol di belakang mungkin terhapus oleh lembar kerja, seperti 8708.30 menjadi 8708.3: tulis sebagai teks, "{fixed}")',
  'field.hs.tariffLine': '{got} adalah pos tarif nasional ({n} digit); isikan pos HS (4 digit) atau subpos HS (6 digit): {six}',
  'field.hs.notInHs': '{got} tidak terdapat dalam nomenklatur HS ({why})',
  'field.hs.why.reserved': 'Bab 77 dicadangkan',
  'field.hs.why.national': 'Bab {chapter} diserahkan untuk keperluan nasional',
  'field.hs.why.zero': 'tidak ada Bab 00',
  'field.iso3.text': 'harus berupa kode negara yang ditulis sebagai teks',
  'field.iso3': 'harus berupa kode negara ISO 3166 alfa-3 (tiga huruf kapital, misalnya JPN), tertulis {got}',
  'field.usd.plain': 'harus berupa angka polos dalam dolar AS: tulis {got} tanpa mata uang dan tanpa pemisah ribuan',
  'field.usd.currency': 'harus dalam dolar AS, tetapi {got} memakai mata uang lain ({currency}); konversikan ke USD dengan kurs tahun tersebut dan tulis angkanya saja (tabel dengan beberapa mata uang tidak dapat dijumlahkan)',
  'field.usd.number': 'harus berupa angka dalam dolar AS, tertulis {got}',
  'field.usd.negative': 'tidak boleh negatif (nilai impor dan ekspor dicatat sebagai angka positif)',
  'field.share.number': 'harus berupa angka antara 0 dan 1, tertulis {got}',
  'field.share.range': 'harus lebih dari 0 dan paling besar 1 (pangsa 30% ditulis 0,3), tertulis {got}',
  'field.unit.short': 'harus berupa satuan singkat seperti kg, t atau u (paling banyak 20 karakter)',

  'trade.rule.level': 'hs {hs} termasuk dalam pos {heading}, yang juga dicantumkan di baris {line} untuk ({year}, {party}): nilainya akan terhitung dua kali; isikan satu tingkat saja',
  'trade.rule.unitRequired': '{column} (satuan) wajib diisi bila ada quantity (jumlah): kg, t, u untuk barang satuan, …',
  'trade.rule.unitDiffers': '{column} (satuan) "{unit}" berbeda dengan "{first}" yang dicantumkan untuk hs {hs} di baris {line}; jumlah untuk satu kode HS harus memakai satuan yang sama (konversikan, atau kosongkan quantity dan {column})',
  'trade.rule.shares': 'pangsa hs {hs} berjumlah {sum} dengan baris ini (baris {lines}); jumlah pangsa satu kode HS paling besar 1',
  'trade.rule.hsId': 'id "{id}" menamai produk HS {code} dari berkas perdagangan; pilih id lain',
};
