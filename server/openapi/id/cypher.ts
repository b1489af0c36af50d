// POST /api/cypher: the read-only console's request and answer.
import type { Entries } from './catalogue.ts';

export const CYPHER: Entries = {
  'any JSON value': 'nilai JSON apa pun',
  'query parameters, referred to as $name in the query': 'parameter kueri, dirujuk sebagai $name di dalam kueri',
  'the transaction is stopped after this long': 'transaksi dihentikan setelah selama ini',
  'rows returned at most; truncated says whether more were available':
    'paling banyak baris yang dikembalikan; truncated menyatakan apakah masih ada baris lain',
  'the RETURN columns, in order': 'kolom RETURN, menurut urutan',
  'one object per row, keyed by column; nodes, relationships and paths as objects':
    'satu objek per baris, dengan nama kolom sebagai kunci; simpul, relasi, dan lintasan sebagai objek',
  'true when the query had more rows than limit': 'true bila kueri memiliki baris lebih banyak daripada limit',
  "sentences about how the query was run, in the request's language: a =~ pattern matched only against texts up to a length (longer ones do not match)":
    'kalimat tentang cara kueri dijalankan, dalam bahasa permintaan: pola =~ yang hanya dicocokkan dengan teks sampai panjang tertentu (teks yang lebih panjang tidak cocok)',
  'every node found in the rows (for the graph view)': 'setiap simpul yang ditemukan dalam baris-baris (untuk tampilan graf)',
  'every relationship found in the rows': 'setiap relasi yang ditemukan dalam baris-baris',
  'elementId of the start node': 'elementId simpul awal',
  'elementId of the end node': 'elementId simpul akhir',
};
