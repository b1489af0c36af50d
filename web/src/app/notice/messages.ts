// Labels of the notice box and the address problems, in English and Bahasa Indonesia.
import { registerMessages } from '../i18n.ts';

registerMessages('notice', {
  en: {
    'notice.dismiss': 'Dismiss',
    'url.title': 'Part of the address was not understood',
    'url.problem.view': 'Unknown view ‘{value}’ in the address (parameter {param}) — showing the Network view',
    'url.problem.lang': 'Unknown language ‘{value}’ in the address (parameter {param}) — showing English',
    'url.problem.tier': 'Unknown tier ‘{value}’ in the address (parameter {param}) — showing all tiers',
    'url.problem.cluster': 'Unknown cluster ‘{value}’ in the address (parameter {param}) — showing all clusters',
    'url.problem.province': 'Unknown province ‘{value}’ in the address (parameter {param}) — showing all provinces',
    'url.problem.component': 'Unknown component ‘{value}’ in the address (parameter {param}) — showing all components',
    'url.problem.measure': 'Unknown node size ‘{value}’ in the address (parameter {param}) — all nodes drawn the same size',
    'url.problem.strategy': 'Unknown strategy ‘{value}’ in the address (parameter {param}) — showing the Balanced strategy',
    'url.problem.basis': 'Unknown import basis ‘{value}’ in the address (parameter {param}; buyers or national) — showing the buyers’ reported imports',
    'url.problem.missing': 'Unknown value ‘{value}’ in the address (parameter {param}; 0 hides recommended links, 1 shows them) — showing them',
    'url.problem.sel': 'Unknown firm, cluster or other entry ‘{value}’ in the address (parameter {param}) — nothing selected',
    'url.problem.other': 'Unknown value ‘{value}’ in the address (parameter {param}) — ignored',
  },
  id: {
    'notice.dismiss': 'Tutup',
    'url.title': 'Sebagian alamat tidak dikenali',
    'url.problem.view': 'Tampilan ‘{value}’ tidak dikenal pada alamat (parameter {param}) — menampilkan tampilan Jaringan',
    'url.problem.lang': 'Bahasa ‘{value}’ tidak dikenal pada alamat (parameter {param}) — menampilkan bahasa Inggris',
    'url.problem.tier': 'Tingkat ‘{value}’ tidak dikenal pada alamat (parameter {param}) — menampilkan semua tingkat',
    'url.problem.cluster': 'Sentra ‘{value}’ tidak dikenal pada alamat (parameter {param}) — menampilkan semua sentra',
    'url.problem.province': 'Provinsi ‘{value}’ tidak dikenal pada alamat (parameter {param}) — menampilkan semua provinsi',
    'url.problem.component': 'Komponen ‘{value}’ tidak dikenal pada alamat (parameter {param}) — menampilkan semua komponen',
    'url.problem.measure': 'Ukuran simpul ‘{value}’ tidak dikenal pada alamat (parameter {param}) — semua simpul digambar sama besar',
    'url.problem.strategy': 'Strategi ‘{value}’ tidak dikenal pada alamat (parameter {param}) — menampilkan strategi Seimbang',
    'url.problem.basis': 'Dasar nilai impor ‘{value}’ tidak dikenal pada alamat (parameter {param}; buyers atau national) — menampilkan impor yang dilaporkan pembeli',
    'url.problem.missing': 'Nilai ‘{value}’ tidak dikenal pada alamat (parameter {param}; 0 menyembunyikan tautan yang disarankan, 1 menampilkannya) — tautan ditampilkan',
    'url.problem.sel': 'Perusahaan, sentra atau entri lain ‘{value}’ tidak dikenal pada alamat (parameter {param}) — tidak ada yang dipilih',
    'url.problem.other': 'Nilai ‘{value}’ tidak dikenal pada alamat (parameter {param}) — diabaikan',
  },
});
