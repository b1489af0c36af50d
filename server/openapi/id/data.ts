// The status and data routes: health, catalogue, firms, dataset upload and export.
import { HEALTH_PROBE_MS } from '../../api/routes/health.ts';
import { TIERS } from '../../model/index.ts';
import type { Entries } from './catalogue.ts';
import { whole } from './numbers.ts';

export const DATA: Entries = {
  [`only firms of these tiers (comma-separated: ${TIERS.join(',')})`]: `hanya perusahaan pada tier ini (dipisah koma: ${TIERS.join(',')})`,
  'only the members of this cluster (an id that names no cluster is a 400, as on the other routes)':
    'hanya anggota sentra ini (id yang tidak menunjuk sentra mana pun dijawab 400, seperti pada rute lain)',
  "only the firms located in this province (the firm's own province, as the views' province filter reads it), matched without regard to case or spacing; a province no firm or cluster of the dataset is located in is a 400 listing those it has":
    'hanya perusahaan yang berlokasi di provinsi ini (provinsi perusahaan itu sendiri, sebagaimana filter provinsi pada tampilan membacanya), dicocokkan tanpa memperhatikan huruf besar-kecil atau spasi; provinsi yang bukan lokasi perusahaan atau sentra mana pun dalam data dijawab 400 beserta daftar provinsi yang ada',
  'what to call the dataset (shown by /api/health); default: the file, folder or workbook name':
    'nama dataset (ditampilkan oleh /api/health); bawaan: nama berkas, folder, atau buku kerja',
  'replace (default): the upload is the whole dataset and must hold every core file; merge: replace only the files given, checked against the rest of the current dataset':
    'replace (bawaan): unggahan adalah seluruh dataset dan harus memuat setiap berkas inti; merge: hanya berkas yang dikirim yang diganti, diperiksa bersama sisa dataset saat ini',
  'graphml and gexf for Gephi, yEd and NetworkX; json: the dataset as a JSON bundle; csv: a zip of the dataset CSV folder; xlsx: the dataset workbook (the template, filled)':
    'graphml dan gexf untuk Gephi, yEd, dan NetworkX; json: dataset sebagai bundel JSON; csv: zip folder CSV dataset; xlsx: buku kerja dataset (templat yang sudah terisi)',
  'the language of the labels': 'bahasa label',
  'each component category of the dataset → its name (known categories translated, others as given)':
    'setiap kategori komponen dalam dataset → namanya (kategori yang dikenal diterjemahkan, yang lain apa adanya)',
  'names of the tiers and component categories, in the answer’s language': 'nama tier dan kategori komponen, dalam bahasa jawaban',
  'the cluster the firm is a member of (MEMBER_OF)': 'sentra tempat perusahaan menjadi anggota (MEMBER_OF)',
  'sorted by name, then id': 'diurutkan menurut nama, lalu id',
  'degraded: the server runs but its store does not answer (see neo4j.reachable and GET /api/ready)':
    'degraded: server berjalan tetapi penyimpanannya tidak menjawab (lihat neo4j.reachable dan GET /api/ready)',
  'the server is building what the analyses derive from the whole dataset (after it started, or after a load): analyses asked meanwhile wait for it, up to about a minute at national scale':
    'server sedang menyiapkan data turunan yang dipakai analisis dari seluruh dataset (setelah dinyalakan, atau setelah dataset dimuat): analisis yang diminta selama itu menunggu hingga selesai, pada skala nasional hingga sekitar satu menit',
  'the name of the dataset served, as the store records it': 'nama dataset yang disajikan, sebagaimana dicatat penyimpanan',
  'what the dataset is called: the folder, file or workbook name, or the name given on upload':
    'nama dataset: nama folder, berkas, atau buku kerja, atau nama yang diberikan saat unggah',
  'where it came from: a folder, an uploaded file, a `rantai load`': 'asal datanya: folder, berkas yang diunggah, atau `rantai load`',
  'when it was loaded (ISO 8601); null when not recorded': 'waktu pemuatannya (ISO 8601); null bila tidak tercatat',
  'content hash, "sha256:…" over the graph in canonical form (independent of row order and file format); null when not recorded':
    'hash isi, "sha256:…" atas graf dalam bentuk kanonis (tidak bergantung pada urutan baris dan format berkas); null bila tidak tercatat',
  'nodes per label and relationships per type, as loaded': 'simpul per label dan relasi per tipe, sebagaimana dimuat',
  'every firm comes from `rantai generate`: its figures, names and places are made up for testing at scale, not statistics':
    'setiap perusahaan berasal dari `rantai generate`: angka, nama dan lokasinya dibuat-buat untuk menguji skala, bukan statistik',
  'name, source, load time, counts and content hash, read from the store on each request; null when the store does not answer':
    'nama, sumber, waktu pemuatan, jumlah, dan hash isi, dibaca dari penyimpanan pada setiap permintaan; null bila penyimpanan tidak menjawab',
  'false when the store did not answer in time; counts is then empty': 'false bila penyimpanan tidak menjawab tepat waktu; counts pun kosong',
  [`Neo4j answered a connectivity check within ${HEALTH_PROBE_MS} ms`]: `Neo4j menjawab pemeriksaan koneksi dalam ${whole(HEALTH_PROBE_MS)} ms`,
  'NEO4J_URI is set: the server serves from Neo4j': 'NEO4J_URI diatur: server menyajikan data dari Neo4j',
  'the name the dataset is now served under': 'nama yang kini dipakai untuk menyajikan dataset',
  'the dataset files the upload held (a merge replaced only these)': 'berkas dataset yang dimuat unggahan (merge hanya mengganti berkas-berkas ini)',
  'counts before and after the upload, per node label and relationship type': 'jumlah sebelum dan sesudah unggahan, per label simpul dan tipe relasi',
};
