// The README sheet of the dataset workbook (server/model/workbook/write.ts): how to fill it in, in
// both languages one under the other, since the same file serves every reader (`rantai template`,
// GET /api/datasets/template.xlsx, the xlsx export). Sheet and column names stay as the dataset has them.
// The English avoids words Indonesian writes too ("per", the "g" of "e.g."): the tests that look for
// untranslated English (test/i18n/english-words.ts) take every word of the English catalogue as English.
import type { Translation } from './translation.ts';

export const en = {
  'workbook.readme.intro':
    'This workbook is a Rantai dataset: one sheet for each dataset file, the header in row 1. Fill the rows, keep the header, and upload the workbook on the Data page (or run `rantai validate` / `rantai load` on it).',
  'workbook.readme.ids':
    'Ids link the sheets: a firm\'s cluster is an id of the clusters sheet, and so on; the drop-downs list them (they cover the first {rows} empty rows; copy a cell down for more). A list in one cell is separated by ";". Decimal commas (12,5) are read as decimals.',
  'workbook.readme.problems':
    'Every problem is reported in one check, located by cell (such as firms!D14); nothing is loaded until the whole workbook is valid. To replace only some sheets, delete the others and upload with "merge".',
  'workbook.readme.sources':
    'Sources: each row\'s "source" column names where its facts come from (Kemenperin and IKMA reports, BPS, company reports, news items); "estimate" = true marks illustrative values.',
  'workbook.source.upload': 'upload of {files}',
  'workbook.source.merge': 'upload of {files}, merged into "{into}"',
} as const;

export const id: Translation<typeof en> = {
  'workbook.readme.intro':
    'Buku kerja ini adalah dataset Rantai: satu lembar per berkas dataset, judul kolom di baris 1. Isi baris-barisnya, jangan ubah judul kolom, lalu unggah buku kerja di halaman Data (atau jalankan `rantai validate` / `rantai load`).',
  'workbook.readme.ids':
    'Id menghubungkan lembar: sentra sebuah perusahaan adalah id di lembar clusters, dan seterusnya; daftar pilihan menampilkannya (untuk {rows} baris kosong pertama; salin sel ke bawah untuk baris berikutnya). Daftar dalam satu sel dipisah ";". Koma desimal (12,5) dibaca sebagai desimal.',
  'workbook.readme.problems':
    'Semua masalah dilaporkan dalam satu kali pemeriksaan, lengkap dengan selnya (mis. firms!D14); tidak ada yang dimuat sebelum seluruh buku kerja valid. Untuk mengganti sebagian lembar saja, hapus lembar lainnya lalu unggah dengan pilihan "gabungkan".',
  'workbook.readme.sources':
    'Sumber: kolom "source" tiap baris menyebut asal datanya (laporan Kemenperin dan Ditjen IKMA, BPS, laporan perusahaan, berita); "estimate" = true menandai nilai perkiraan.',
  'workbook.source.upload': 'unggahan {files}',
  'workbook.source.merge': 'unggahan {files}, digabungkan ke "{into}"',
};
