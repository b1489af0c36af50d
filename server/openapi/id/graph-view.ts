// GET /api/graph: its parameters and its answer (server/store/shapes.ts), in the words of the web
// views' own Indonesian (fokus, konteks, ikhtisar, hubungan pasok, arus impor).
import { MAX_FOCUS_FIRMS, OVERVIEW_FIRMS, OVERVIEW_TIER_FIRMS, TIERS_VIEW_FLOWS, TIERS_VIEW_ROWS } from '../../store/index.ts';
import type { Entries } from './catalogue.ts';
import { whole } from './numbers.ts';

export const GRAPH_VIEW: Entries = {
  [`with group: a focus whose answer holds more than this many firms is drawn grouped (by default ${MAX_FOCUS_FIRMS}); a view that draws fewer rows asks for its own limit (the Tiers view: ${TIERS_VIEW_ROWS})`]:
    `dengan group: fokus yang jawabannya memuat lebih dari sekian perusahaan ini digambar berkelompok (bawaan ${whole(MAX_FOCUS_FIRMS)}); tampilan yang menggambar lebih sedikit baris meminta batasnya sendiri (tampilan Tier: ${whole(TIERS_VIEW_ROWS)})`,
  [`with group: a focus whose firm-level answer would hold more flows than this (supply and recommended links, and import flows of each importer, component and origin's latest year) is drawn grouped too, and its grouping says so (flows); by default no such limit. The Tiers view asks ${TIERS_VIEW_FLOWS}, the flows it draws one by one`]:
    `dengan group: fokus yang jawabannya per perusahaan akan memuat lebih banyak arus daripada angka ini (hubungan pasok dan hubungan yang direkomendasikan, serta arus impor tahun terakhir setiap importir, komponen dan negara asal) juga digambar berkelompok, dan grouping-nya menyebutkannya (flows); bawaannya tanpa batas ini. Tampilan Tier meminta ${whole(TIERS_VIEW_FLOWS)}, jumlah arus yang digambarnya satu per satu`,
  'a focus grouped for its flows (groupFlowsPast): the flows its firm-level answer held, and the limit it passed':
    'fokus yang dikelompokkan karena arusnya (groupFlowsPast): jumlah arus dalam jawabannya per perusahaan, dan batas yang dilampauinya',
  'network: firms and clusters with SUPPLIES and MEMBER_OF; tiers: firms and countries with SUPPLIES and IMPORTS; map: all three kinds of node and link':
    'network: perusahaan dan sentra dengan SUPPLIES dan MEMBER_OF; tiers: perusahaan dan negara dengan SUPPLIES dan IMPORTS; map: ketiga jenis simpul dan hubungan',
  'recommended: also the best recommended missing links touching the focus (type RECOMMENDED), from the missing-links analysis with the same cluster and component filters':
    'recommended: tambahkan hubungan pasok terbaik yang belum ada dan direkomendasikan, yang menyentuh fokus (tipe RECOMMENDED), dari analisis hubungan pasok yang belum ada dengan filter sentra dan komponen yang sama',
  'supplier|buyer|component: a recommended link drawn whatever the focus (its ends become context if they are outside it)':
    'pemasok|pembeli|komponen: satu hubungan pasok yang direkomendasikan, digambar apa pun fokusnya (ujung-ujungnya menjadi konteks bila berada di luar fokus)',
  [`firm (the default): every firm is a node. A list (e.g. cluster,TIER2): an overview of the unfocused view — cluster draws each IKM firm of a cluster as its cluster (with \`members\`), each tier listed draws its other firms as one node per province (label Group); supply links are summed per pair of nodes, import flows per importer node and origin. auto: firm level up to ${OVERVIEW_FIRMS} firms, otherwise cluster plus every tier with more than ${OVERVIEW_TIER_FIRMS} firms left (what the web views ask for). With a filter the view is the focus, drawn firm by firm whatever group says (the answer then has no \`grouping\`), unless its answer holds more than ${MAX_FOCUS_FIRMS} firms: with a group other than firm it is then grouped (auto: the rule above applied to its own firms); without one, filters keeping more than ${MAX_FOCUS_FIRMS} firms are refused (413).`]:
    `firm (bawaan): setiap perusahaan menjadi satu simpul. Daftar (mis. cluster,TIER2): ikhtisar tampilan tanpa fokus — cluster menggambar setiap IKM anggota sentra sebagai sentranya (dengan \`members\`), setiap tier yang dicantumkan menggambar perusahaan lainnya sebagai satu simpul per provinsi (label Group); hubungan pasok dijumlahkan per pasangan simpul, arus impor per simpul pengimpor dan negara asal. auto: per perusahaan sampai ${whole(OVERVIEW_FIRMS)} perusahaan, selain itu cluster ditambah setiap tier yang masih memiliki lebih dari ${whole(OVERVIEW_TIER_FIRMS)} perusahaan (yang diminta tampilan web). Dengan filter, tampilannya adalah fokus, digambar per perusahaan apa pun isi group (jawabannya lalu tanpa \`grouping\`), kecuali jawabannya memuat lebih dari ${whole(MAX_FOCUS_FIRMS)} perusahaan: dengan group selain firm, fokus itu lalu dikelompokkan (auto: aturan di atas diterapkan pada perusahaannya sendiri); tanpa group, filter yang menyisakan lebih dari ${whole(MAX_FOCUS_FIRMS)} perusahaan ditolak (413).`,
  'Group (overviews only): the firms of one tier in one province, drawn as one node (id group:<tier>:<province>)':
    'Group (hanya pada ikhtisar): perusahaan satu tier di satu provinsi, digambar sebagai satu simpul (id group:<tier>:<province>)',
  'as the dataset names it; a Group is named "<province> · <tier>" in the answer\'s language ("Jawa Barat · Tier 2")':
    'sebagaimana dinamai dataset; Group dinamai "<provinsi> · <tier>" dalam bahasa jawaban ("Jawa Barat · Tier 2")',
  'focus: a firm matching every filter, a cluster or country reached from one, a link between two of them; context: one hop away (a supply partner, the other end of a recommended link, an origin of imports of a component in focus) or a link leaving the focus. Without filters everything is focus.':
    'focus: perusahaan yang memenuhi semua filter, sentra atau negara yang dicapai darinya, hubungan antara dua simpul semacam itu; context: berjarak satu langkah (mitra pasok, ujung lain dari hubungan yang direkomendasikan, negara asal impor komponen dalam fokus) atau hubungan yang keluar dari fokus. Tanpa filter, semuanya fokus.',
  'Overviews: the firms drawn as this cluster or province node': 'Ikhtisar: perusahaan yang digambar sebagai simpul sentra atau provinsi ini',
  'Overviews: the summed capacity (tonnes) of those firms': 'Ikhtisar: jumlah kapasitas (ton) perusahaan-perusahaan itu',
  'the relationship key; for RECOMMENDED links `supplier|buyer|component`': 'kunci relasi; untuk hubungan RECOMMENDED `supplier|buyer|component`',
  'RECOMMENDED: rank in the missing-links answer it comes from':
    'RECOMMENDED: peringkatnya dalam jawaban analisis hubungan pasok yang belum ada (missing-links) tempat hubungan ini berasal',
  'RECOMMENDED: the missing-links score': 'RECOMMENDED: skor dari analisis hubungan pasok yang belum ada',
  'RECOMMENDED: the evidence sentence': 'RECOMMENDED: kalimat bukti',
  'Overviews, SUPPLIES: how many supply relationships join the two nodes (their value and units are summed; `component` is the one of largest value)':
    'Ikhtisar, SUPPLIES: banyaknya hubungan pasok yang menghubungkan kedua simpul (nilai dan unitnya dijumlahkan; `component` adalah komponen dengan nilai terbesar)',
  'Overviews, SUPPLIES: how many distinct components they carry': 'Ikhtisar, SUPPLIES: banyaknya komponen berbeda yang dipasok melaluinya',
  'Overviews, IMPORTS: import flows (importer, component, origin at its latest year) behind the link; `valueUsd` is theirs':
    'Ikhtisar, IMPORTS: arus impor (pengimpor, komponen, negara asal pada tahun terakhirnya) di balik hubungan ini; `valueUsd` adalah nilainya',
  'Overviews, IMPORTS: IMPORTS relationships of every year behind the link': 'Ikhtisar, IMPORTS: relasi IMPORTS semua tahun di balik hubungan ini',
  'Overviews, RECOMMENDED: the supplying firm (source is the node it is drawn as)':
    'Ikhtisar, RECOMMENDED: perusahaan pemasok (source adalah simpul yang mewakilinya dalam gambar)',
  'Overviews, RECOMMENDED: the buying firm (target is the node it is drawn as)':
    'Ikhtisar, RECOMMENDED: perusahaan pembeli (target adalah simpul yang mewakilinya dalam gambar)',
  'For each source that relationships cite without a sourceId of their own: the sourceId the dataset gives the same source on this entity or on the other end of one of them (its text in Bahasa Indonesia)':
    'Untuk setiap sumber yang dikutip hubungan tanpa sourceId sendiri: sourceId yang diberikan dataset untuk sumber yang sama pada entitas ini atau pada ujung lain salah satu hubungan itu (teksnya dalam bahasa Indonesia)',
  'With links=recommended or pin: how many recommended links are drawn, how many touch the focus, the limit, and the pinned link':
    'Dengan links=recommended atau pin: banyaknya hubungan yang direkomendasikan yang digambar, banyaknya yang menyentuh fokus, batasnya, dan hubungan yang dipilih (pin)',
  'what was grouped, as `group` lists it: cluster (IKM members of a cluster drawn as the cluster) and the tiers drawn as one node per province':
    'apa yang dikelompokkan, sebagaimana dicantumkan `group`: cluster (anggota IKM suatu sentra digambar sebagai sentranya) dan tier yang digambar sebagai satu simpul per provinsi',
  'whether group=auto chose it': 'apakah group=auto yang memilihnya',
  'a grouped focus: the firms past which it is grouped (groupPast, or the default)': 'fokus yang dikelompokkan: jumlah perusahaan yang bila dilampaui membuat fokus itu dikelompokkan (groupPast, atau nilai bawaannya)',
  'firms in the dataset; a grouped focus: firms in the answer (focus and context)':
    'perusahaan dalam dataset; pada fokus yang dikelompokkan: perusahaan dalam jawaban (fokus dan konteks)',
  'firms drawn one by one': 'perusahaan yang digambar satu per satu',
  'firms drawn as a cluster or a province node': 'perusahaan yang digambar sebagai simpul sentra atau provinsi',
  'clusters standing for at least one firm': 'sentra yang mewakili paling sedikit satu perusahaan',
  'province nodes (label Group)': 'simpul provinsi (label Group)',
  "only the firms located in this province (the firm's own province), matched without regard to case or spacing; a province no firm or cluster of the dataset is located in is a 400 listing those it has":
    'hanya perusahaan yang berlokasi di provinsi ini (provinsi perusahaan itu sendiri), dicocokkan tanpa memperhatikan huruf besar-kecil atau spasi; provinsi yang bukan lokasi perusahaan atau sentra mana pun dalam data dijawab 400 beserta daftar provinsi yang ada',
  'per tier: firms in the dataset, and how many are drawn as a cluster or province node':
    'per tier: perusahaan dalam dataset, dan berapa yang digambar sebagai simpul sentra atau provinsi',
  'An overview: the unfocused view (or a focus of more firms than a view draws one by one) with IKM firms drawn as their clusters (and crowded tiers as one node per province); figures still count firm by firm (the whole dataset, or the focus and its context)':
    'Ikhtisar: tampilan tanpa fokus (atau fokus dengan perusahaan lebih banyak daripada yang dapat digambar satu per satu) dengan IKM digambar sebagai sentranya (dan tier yang padat sebagai satu simpul per provinsi); figures tetap menghitung per perusahaan (seluruh dataset, atau fokus beserta konteksnya)',
  'Firm nodes: matching the filters (focus) and one hop away (context)':
    'Simpul perusahaan: yang memenuhi filter (fokus) dan yang berjarak satu langkah (konteks)',
  'Cluster nodes shown': 'Simpul sentra yang ditampilkan',
  'Country nodes shown (origins of import flows)': 'Simpul negara yang ditampilkan (negara asal arus impor)',
  'SUPPLIES links: inside = both ends in focus, outside = one end in focus, the other outside (context); values in USD a year':
    'Hubungan SUPPLIES: inside = kedua ujungnya dalam fokus, outside = satu ujung dalam fokus dan ujung lainnya di luar (konteks); nilai dalam USD per tahun',
  'An import flow is one (importer, component, origin country) at its latest year: flows = how many, focus/context by the importer, valueUsd = their value; records = IMPORTS relationships of every year behind them; countries = distinct origins':
    'Satu arus impor adalah satu (pengimpor, komponen, negara asal) pada tahun terakhirnya: flows = banyaknya, focus/context menurut pengimpornya, valueUsd = nilainya; records = relasi IMPORTS semua tahun di baliknya; countries = banyaknya negara asal yang berbeda',
  'RECOMMENDED links drawn, and how many recommendations touch the focus in all (the view draws the best ones)':
    'Hubungan RECOMMENDED yang digambar, dan banyaknya seluruh rekomendasi yang menyentuh fokus (tampilan menggambar yang terbaik)',
};
