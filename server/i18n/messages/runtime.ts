// What the server process tells whoever runs it (`rantai serve`, and `rantai load` while it waits
// for Neo4j): where it listens, which dataset it serves, Neo4j not answering yet, analyses that
// could not be prepared after a load, and the graceful stop. In English or Bahasa Indonesia
// (--lang); settings, commands and URLs stay as they are typed.
import type { Translation } from './translation.ts';

export const en = {
  'runtime.neo4jUnreachable': 'Neo4j is not reachable at {uri}. Start it with `npm run neo4j` (or check NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD); retrying…',
  'runtime.neo4jGaveUp': 'Neo4j at {uri} did not become reachable within {seconds} s; start it with `npm run neo4j`',
  'runtime.loadingSeed': 'Neo4j holds no Rantai dataset yet: loading {dataset}',
  'runtime.servingKept': 'serving the uploaded dataset "{name}" ({loadedAt}) kept in {file}; remove that file to serve {dataset} instead',
  'runtime.warmFailed': 'preparing the analyses after the load failed (the first request will prepare them instead): {reason}',
  'serve.store.embedded': 'embedded store',
  'serve.store.neo4j': 'neo4j store',
  'serve.listening': 'Rantai on {url} ({store}: {firms} {firms|firm|firms}, {clusters} {clusters|cluster|clusters})',
  'serve.exposed': 'listening on {host}: other machines on the network can open the views, the API and the Cypher console; HOST=127.0.0.1 keeps them to this machine',
  'serve.stopping': '{signal}: stopping; no new connections, {n} {n|request|requests} in flight may finish',
  'serve.forceClose': '{signal} again: closing the remaining connections now',
  'serve.stopped': 'stopped after {ms} ms: {finished} of {total} {total|request|requests} in flight finished{cut}',
  'serve.cutOff': ', {n} cut off at the drain limit',
} as const;

export const id: Translation<typeof en> = {
  'runtime.neo4jUnreachable': 'Neo4j tidak dapat dihubungi di {uri}. Jalankan dengan `npm run neo4j` (atau periksa NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD); mencoba lagi…',
  'runtime.neo4jGaveUp': 'Neo4j di {uri} tetap tidak dapat dihubungi setelah {seconds} detik; jalankan dengan `npm run neo4j`',
  'runtime.loadingSeed': 'Neo4j belum berisi dataset Rantai: memuat {dataset}',
  'runtime.servingKept': 'menyajikan dataset unggahan "{name}" ({loadedAt}) yang tersimpan di {file}; hapus berkas itu untuk menyajikan {dataset}',
  'runtime.warmFailed': 'penyiapan analisis setelah pemuatan data gagal (analisis akan disiapkan pada permintaan pertama): {reason}',
  'serve.store.embedded': 'penyimpanan tertanam',
  'serve.store.neo4j': 'penyimpanan Neo4j',
  'serve.listening': 'Rantai berjalan di {url} ({store}: {firms} perusahaan, {clusters} sentra)',
  'serve.exposed': 'menerima koneksi di {host}: komputer lain di jaringan dapat membuka tampilan, API, dan konsol Cypher; HOST=127.0.0.1 membatasinya ke komputer ini',
  'serve.stopping': '{signal}: menghentikan layanan; koneksi baru tidak diterima, {n} permintaan yang sedang diproses boleh diselesaikan',
  'serve.forceClose': '{signal} lagi: koneksi yang tersisa ditutup sekarang',
  'serve.stopped': 'berhenti setelah {ms} milidetik: {finished} dari {total} permintaan yang sedang diproses selesai{cut}',
  'serve.cutOff': ', {n} diputus pada batas waktu penyelesaian',
};
