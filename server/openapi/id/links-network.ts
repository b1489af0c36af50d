// Missing links ("hubungan pasok yang belum ada", as the Link and match view says) and the firm
// network's metrics.
import { MISSING_LINKS_DEFAULT_LIMIT, MISSING_LINKS_MAX_LIMIT } from '../../analysis/links/index.ts';
import type { Entries } from './catalogue.ts';
import { whole } from './numbers.ts';

export const LINKS_NETWORK: Entries = {
  'a SUPPLIES property as the edge weight, with NetworkX\'s meaning (the rows of a pair summed): weighted degree, betweenness with the weight as a length, weighted PageRank, weighted Louvain (NetworkX\'s node order from the seed)':
    'properti SUPPLIES yang dipakai sebagai bobot sisi, dengan makna seperti di NetworkX (baris-baris satu pasangan dijumlahkan): derajat berbobot, betweenness dengan bobot sebagai panjang, PageRank berbobot, Louvain berbobot (urutan simpul NetworkX dari seed)',
  'only candidates for this buyer (a Firm id)': 'hanya kandidat untuk pembeli ini (id Firm)',
  'only suppliers that are members of this cluster': 'hanya pemasok yang menjadi anggota sentra ini',
  "only candidates whose supplier or buyer is of this tier (as the views' tier filter; ranked and counted among themselves)":
    'hanya kandidat yang pemasok atau pembelinya berada pada tier ini (seperti filter tier pada tampilan; diperingkat dan dihitung di antara kandidat itu saja)',
  "only candidates whose supplier or buyer is located in this province (the firm's own province, as the views' province filter; ranked and counted among themselves); matched without regard to case or spacing, and a province no firm or cluster of the dataset is located in is a 400":
    'hanya kandidat yang pemasok atau pembelinya berlokasi di provinsi ini (provinsi perusahaan itu sendiri, seperti filter provinsi pada tampilan; diperingkat dan dihitung di antara kandidat itu saja); dicocokkan tanpa memperhatikan huruf besar-kecil atau spasi, dan provinsi yang bukan lokasi perusahaan atau sentra mana pun dalam data dijawab 400',
  'only this component': 'hanya komponen ini',
  [`how many recommendations, best first: the first \`limit\` of the full ranking (default ${MISSING_LINKS_DEFAULT_LIMIT}, at most ${MISSING_LINKS_MAX_LIMIT}); \`total\` counts every candidate`]:
    `banyaknya rekomendasi, yang terbaik lebih dahulu: \`limit\` teratas dari seluruh peringkat (bawaan ${whole(MISSING_LINKS_DEFAULT_LIMIT)}, paling banyak ${whole(MISSING_LINKS_MAX_LIMIT)}); \`total\` menghitung semua kandidat`,
  'present when the request named one': 'ada bila permintaan menyebutkannya',
  'every candidate under the filters (counted; only the best `limit` are returned)':
    'semua kandidat menurut filter (dihitung; hanya `limit` yang terbaik yang dikembalikan)',
  'the policy lever that closes the gap, named in the answer’s language': 'langkah kebijakan yang menutup kekurangan itu, dalam bahasa jawaban',
  'the evidence in one sentence, in the answer’s language': 'bukti dalam satu kalimat, dalam bahasa jawaban',
  'the language of the sentences and labels': 'bahasa kalimat dan label',
  'the cluster the firm is a member of, if any': 'sentra tempat perusahaan itu menjadi anggota, bila ada',
};
