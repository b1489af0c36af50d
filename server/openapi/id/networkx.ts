// POST /api/analysis/graph: NetworkX's options and answers in a network researcher's Indonesian
// (graf, simpul, sisi, bobot, berarah), NetworkX's own names and values as they are.
import { MAX_GOOGLE_MATRIX_NODES } from '../../analysis/graph/index.ts';
import type { Entries } from './catalogue.ts';
import { whole } from './numbers.ts';

export const NETWORKX: Entries = {
  'default false; a GraphML/GEXF file says it itself': 'bawaan false; berkas GraphML/GEXF menyatakannya sendiri',
  'keep parallel edges (nx.MultiGraph / MultiDiGraph); otherwise a repeated edge is one edge and its last weight counts':
    'pertahankan sisi paralel (nx.MultiGraph / MultiDiGraph); bila tidak, sisi yang berulang menjadi satu sisi dan bobot terakhirnya yang berlaku',
  'the edges; with a file, added after the file\'s edges': 'sisi-sisinya; bila ada file, ditambahkan setelah sisi dari berkas itu',
  'the graph as a file: CSV source,target[,weight], GraphML or GEXF': 'graf sebagai berkas: CSV source,target[,weight], GraphML, atau GEXF',
  'csv, graphml or gexf; when absent, read from the content (<graphml …> or <gexf …>, else CSV)':
    'csv, graphml, atau gexf; bila tidak diisi, ditentukan dari isinya (<graphml …> atau <gexf …>, selain itu CSV)',
  'the file name used in problem locations (default graph.csv, graph.graphml, graph.gexf)':
    'nama berkas yang dipakai untuk menunjukkan letak masalah (bawaan graph.csv, graph.graphml, graph.gexf)',
  'nodes in order, isolated ones included (they come before the edge ends)':
    'simpul-simpul menurut urutan, termasuk yang terisolasi (ditempatkan sebelum ujung-ujung sisi)',
  'the metrics to compute, each with NetworkX\'s options; without metrics and linkPrediction: betweenness, pagerank and louvain with their defaults':
    'metrik yang dihitung, masing-masing dengan opsi NetworkX; tanpa metrics dan linkPrediction: betweenness, pagerank, dan louvain dengan nilai bawaannya',
  'nx.betweenness_centrality': 'nx.betweenness_centrality',
  'NetworkX `normalized` (default true)': 'NetworkX `normalized` (bawaan true)',
  'true: the third element of each edge is its length (Dijkstra); NetworkX `weight` (default None: unweighted)':
    'true: elemen ketiga setiap sisi adalah panjangnya (Dijkstra); NetworkX `weight` (bawaan None: tanpa bobot)',
  'NetworkX `endpoints`: count the ends of each path': 'NetworkX `endpoints`: ikut menghitung kedua ujung setiap lintasan',
  'sample k sources (NetworkX `k`); null: every node': 'ambil sampel k simpul sumber (NetworkX `k`); null: semua simpul',
  'seed of the sample, as Python random.Random(seed) (NetworkX `seed`)': 'seed sampel, seperti random.Random(seed) di Python (NetworkX `seed`)',
  'nx.edge_betweenness_centrality': 'nx.edge_betweenness_centrality',
  'true: the third element of each edge is its length; NetworkX `weight` (default None)':
    'true: elemen ketiga setiap sisi adalah panjangnya; NetworkX `weight` (bawaan None)',
  'seed of the sample, as Python random.Random(seed)': 'seed sampel, seperti random.Random(seed) di Python',
  'nx.pagerank': 'nx.pagerank',
  'damping factor (NetworkX `alpha`, default 0.85)': 'faktor redaman (NetworkX `alpha`, bawaan 0,85)',
  'node -> weight of the teleport vector; nodes left out get 0 (NetworkX `personalization`)':
    'simpul -> bobot dalam vektor teleportasi; simpul yang tidak disebut mendapat 0 (NetworkX `personalization`)',
  'true (NetworkX\'s default "weight"): the third element of each edge is its weight, 1 when absent; false: every edge weighs 1':
    'true (bawaan NetworkX "weight"): elemen ketiga setiap sisi adalah bobotnya, 1 bila tidak ada; false: setiap sisi berbobot 1',
  'stop when the L1 change is below N * tol (NetworkX `tol`)': 'berhenti bila perubahan L1 di bawah N * tol (NetworkX `tol`)',
  'NetworkX `max_iter`; no convergence by then is a 400': 'NetworkX `max_iter`; bila belum konvergen sampai batas itu, jawabannya 400',
  'starting vector, normalised (NetworkX `nstart`); uniform when null': 'vektor awal, dinormalisasi (NetworkX `nstart`); seragam bila null',
  'where a dangling node\'s rank goes, normalised (NetworkX `dangling`); the personalization vector when null':
    'ke mana peringkat simpul tanpa sisi keluar dialirkan, dinormalisasi (NetworkX `dangling`); vektor personalization bila null',
  [`nx.google_matrix: PageRank's transition matrix, row-stochastic, rows and columns in nodelist order; at most ${MAX_GOOGLE_MATRIX_NODES.toLocaleString('en')} rows (413 past them); never computed unless asked`]:
    `nx.google_matrix: matriks transisi PageRank, stokastik per baris, baris dan kolom dalam urutan nodelist; paling banyak ${whole(MAX_GOOGLE_MATRIX_NODES)} baris (413 di atas itu); hanya dihitung bila diminta`,
  'the order of the rows and columns (NetworkX `nodelist`); G\'s node order when null; a part of the nodes gives the matrix of the subgraph they induce, and needs a personalization':
    'urutan baris dan kolom (NetworkX `nodelist`); urutan simpul G bila null; sebagian simpul saja menghasilkan matriks subgraf yang dibentuknya, dan memerlukan personalization',
  'nx.community.louvain_communities, with the modularity of its partition': 'nx.community.louvain_communities, beserta modularitas partisinya',
  'NetworkX `resolution` (default 1)': 'NetworkX `resolution` (bawaan 1)',
  'NetworkX `threshold`: stop when a level gains no more modularity (default 1e-7)':
    'NetworkX `threshold`: berhenti bila suatu tingkat tidak lagi menambah modularitas (bawaan 1e-7)',
  'NetworkX `max_level`: at most this many levels; null: until no gain':
    'NetworkX `max_level`: jumlah tingkat paling banyak; null: sampai tidak ada lagi peningkatan',
  'seed of the node order, as Python random.Random(seed) (NetworkX `seed`)': 'seed urutan simpul, seperti random.Random(seed) di Python (NetworkX `seed`)',
  'a NetworkX link-prediction function name, e.g. jaccard_coefficient': 'nama fungsi prediksi tautan NetworkX, mis. jaccard_coefficient',
  'score these pairs, in this order (NetworkX `ebunch`)': 'beri skor pasangan-pasangan ini, menurut urutan ini (NetworkX `ebunch`)',
  'the k best non-adjacent pairs, best first (ties in node order)':
    'k pasangan tak bertetangga yang terbaik, terbaik lebih dahulu (nilai seri menurut urutan simpul)',
  'with top: only pairs (source, target), e.g. IKM firms × buyers': 'bersama top: hanya pasangan (source, target), mis. IKM × pembeli',
  'node -> community, for cn_soundarajan_hopcroft, ra_index_soundarajan_hopcroft, within_inter_cluster':
    'simpul -> komunitas, untuk cn_soundarajan_hopcroft, ra_index_soundarajan_hopcroft, within_inter_cluster',
  'common_neighbor_centrality\'s alpha (NetworkX default 0.8)': 'alpha untuk common_neighbor_centrality (bawaan NetworkX 0,8)',
  'within_inter_cluster\'s delta (NetworkX default 0.001)': 'delta untuk within_inter_cluster (bawaan NetworkX 0,001)',
  'what was read': 'graf yang terbaca',
  'node -> value; null where NetworkX gives NaN (k = 1 without endpoints)': 'simpul -> nilai; null bila NetworkX memberikan NaN (k = 1 tanpa endpoints)',
  '[u, v, value] per edge in NetworkX\'s edge order; in a multigraph [u, v, key, value], key = the position of the edge among those between u and v, in input order':
    '[u, v, value] per sisi menurut urutan sisi NetworkX; pada multigraf [u, v, key, value], key = posisi sisi itu di antara sisi-sisi antara u dan v, menurut urutan masukan',
  'nx.google_matrix as rows': 'nx.google_matrix, baris demi baris',
  'the node of each row and column, in order': 'simpul setiap baris dan kolom, menurut urutan',
  'matrix[i][j]: the probability of a step from nodes[i] to nodes[j]': 'matrix[i][j]: peluang satu langkah dari nodes[i] ke nodes[j]',
  '[u, v, score]: the pairs in the order given, or the best first': '[u, v, score]: pasangan menurut urutan yang diberikan, atau yang terbaik lebih dahulu',
};
