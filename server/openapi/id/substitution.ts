// Import substitution and its what-if: the opportunities' words of the web view (peluang, cakupan,
// kekurangan, langkah kebijakan, siap / dekat / jauh).
import { MAX_CHANGED, MAX_LIMIT } from '../../analysis/substitution/index.ts';
import type { Entries } from './catalogue.ts';
import { whole } from './numbers.ts';

export const SUBSTITUTION: Entries = {
  'ready-now | balanced | strategic': 'ready-now (siap sekarang) | balanced (seimbang) | strategic (strategis)',
  'only this cluster': 'hanya sentra ini',
  "only the clusters located in this province (the cluster's own province, matched without regard to case or spacing; a province of the dataset with no cluster is an empty answer, one no firm or cluster is located in a 400); ranks and counts are among them":
    'hanya sentra yang berlokasi di provinsi ini (provinsi sentra itu sendiri, dicocokkan tanpa memperhatikan huruf besar-kecil atau spasi; provinsi dalam data yang tidak memiliki sentra menghasilkan jawaban kosong, sedangkan provinsi yang bukan lokasi perusahaan atau sentra mana pun dijawab 400); peringkat dan jumlah dihitung di antara sentra itu',
  [`at most this many opportunities, best first (1-${MAX_LIMIT})`]: `jumlah peluang paling banyak, yang terbaik lebih dahulu (1 sampai ${whole(MAX_LIMIT)})`,
  'buyers (default): the import-value term uses the buyers’ reported imports (imports.csv, each buyer’s latest year); national: the component’s national imports in the latest year of the trade table (trade.csv) through the HS → component concordance (hs_components.csv). Nothing else of the score changes.':
    'buyers (bawaan): unsur nilai impor memakai impor yang dilaporkan pembeli (imports.csv, tahun terakhir setiap pembeli); national: impor nasional komponen itu pada tahun terakhir tabel perdagangan (trade.csv) melalui tabel padanan HS → komponen (hs_components.csv). Bagian skor yang lain tidak berubah.',
  '0 unless the strategy weighs product complexity and a world table gives it':
    '0 kecuali strategi menimbang kompleksitas produk dan tabel dunia menyediakannya',
  'opportunities matching the filters': 'peluang yang memenuhi filter',
  'each imported component counted once, under the best status any cluster of the answer reaches for it, with the import value the ranking weighed (basisValueUsd): over every matching opportunity, not only those listed':
    'setiap komponen impor dihitung sekali, pada status terbaik yang dicapai suatu sentra dalam jawaban, dengan nilai impor yang ditimbang peringkat (basisValueUsd): atas semua peluang yang memenuhi filter, bukan hanya yang dicantumkan',
  'ready: no gap; near: one gap; stretch: more': 'ready (siap): tanpa kekurangan; near (dekat): satu kekurangan; stretch (jauh): lebih dari satu',
  'met requirements / requirements': 'persyaratan yang terpenuhi / seluruh persyaratan',
  'members that meet it themselves (a pooled what-if capability has none)':
    'anggota yang memenuhinya sendiri (kemampuan gabungan dari simulasi tidak memiliki anggota semacam itu)',
  'the shortfall in whole tonnes a year': 'kekurangannya dalam ton bulat per tahun',
  'members’ capacity / tonnes imported; null when the tonnage is unknown': 'kapasitas anggota / ton yang diimpor; null bila tonasenya tidak diketahui',
  'import-value-weighted great-circle distance to the importing buyers': 'jarak lingkaran besar ke pembeli pengimpor, dibobot dengan nilai impor',
  'the buyers’ latest-year imports of the component': 'impor komponen itu oleh pembeli pada tahun terakhirnya',
  'the import values the import-value term used': 'sumber nilai impor yang dipakai unsur nilai impor (buyers atau national)',
  'the import value the import-value term used: importValueUsd (buyers), or the national imports of basisYear (national)':
    'nilai impor yang dipakai unsur nilai impor: importValueUsd (buyers), atau impor nasional pada basisYear (national)',
  'national: the trade table’s year; null for buyers': 'national: tahun tabel perdagangan; null untuk buyers',
  'requirements this member meets on its own': 'persyaratan yang dipenuhi anggota ini sendiri',
  'national: the year of the trade table the values are from': 'national: tahun tabel perdagangan asal nilai-nilainya',
  'the year of the world table whose PCI the strategy weighed; null when it weighed none':
    'tahun tabel dunia yang PCI-nya ditimbang strategi; null bila tidak ada yang ditimbang',
  'no national table for importBasis=national, components without a national figure or a PCI, a strategic ranking without complexity':
    'tidak ada tabel nasional untuk importBasis=national, komponen tanpa angka nasional atau PCI, peringkat strategic tanpa kompleksitas',
  'the language of the explanations and labels': 'bahasa penjelasan dan label',
  'a Cluster id (pooled capability) or the id of a Firm in a cluster': 'id Cluster (kemampuan gabungan) atau id Firm yang tergabung dalam sentra',
  'accepted and ignored, so that a gap can be sent back as it is': 'diterima lalu diabaikan, agar kekurangan dapat dikirim kembali apa adanya',
  'a Process id the target can now do': 'id Process yang kini dapat dikerjakan target',
  'the tolerance it holds in that process (needs process)': 'toleransi yang dicapainya pada proses itu (memerlukan process)',
  'a Material id the target now works': 'id Material yang kini diolah target',
  'a certification the target now holds: one a component of the dataset requires or a firm holds (GET /api/catalog lists them; case and spacing are not significant)':
    'sertifikasi yang kini dimiliki target: yang disyaratkan suatu komponen dalam data atau dimiliki suatu perusahaan (GET /api/catalog mendaftarnya; huruf besar-kecil dan spasi tidak dibedakan)',
  'tonnes a year of capacity added': 'tambahan kapasitas dalam ton per tahun',
  'buyers’ reported import value of components with at least one ready cluster':
    'nilai impor yang dilaporkan pembeli untuk komponen yang memiliki paling sedikit satu sentra yang siap',
  'buyers’ reported import value of the components that become ready somewhere':
    'nilai impor yang dilaporkan pembeli untuk komponen yang menjadi siap di suatu sentra',
  'the same sums of the value the score weighed (basisValueUsd): equal to readyImportValueUsd for buyers, national imports of basisYear for national':
    'jumlah yang sama atas nilai yang ditimbang skor (basisValueUsd): sama dengan readyImportValueUsd untuk buyers, impor nasional pada basisYear untuk national',
  'opportunities whose status changed': 'peluang yang statusnya berubah',
  [`the first ${MAX_CHANGED} of them: better status first, then by rank after`]: `${whole(MAX_CHANGED)} yang pertama: status yang lebih baik lebih dahulu, lalu menurut peringkat`,
};
