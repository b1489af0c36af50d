// Warnings: an answer that went through but whose reader should know something. A warning is
// {code, message} (server/i18n/warning.ts): the code is stable for programs, the message is built
// from the code's template and its parameters in the asked language. The economic-complexity
// warnings (server/analysis/complexity/warnings.ts says when each is raised) are written here, as
// whole sentences led by the rows they are about (a briefing lists them among its key figures), and
// nowhere else; the English is pinned by tests (test/complexity/, test/i18n/catalogue.test.ts). A
// new warning is one key here (in both tables).
import type { Translation } from './translation.ts';

export const en = {
  'warning.scope.all': 'All rows',
  'warning.scope.year': 'Year {year}',
  'warning.complexity.duplicates': '{scope}: {n} duplicate location-product {n|row|rows}; the first of each is kept.',
  'warning.complexity.zero-totals': '{scope}: {n} {n|row|rows} of locations or products with a total of 0 left out.',
  'warning.complexity.zero-degree': '{scope}: diversity or ubiquity is 0 for some locations or products; their ECI or PCI is empty.',
  'warning.complexity.eci-undefined': '{scope}: ECI and PCI are undefined ({reason}); ECI, PCI, COI and COG are empty.',
  'warning.complexity.eci-no-spread': '{scope}: ECI has no spread; ECI, PCI, COI and COG are empty.',
  'warning.complexity.coi-no-spread': '{scope}: COI has no spread; COI is empty.',
  'warning.complexity.disconnected':
    '{scope}: the locations and products with a comparative advantage (M = 1) split into {n} disconnected blocks (locations × products: {sizes}); the eigenvector behind ECI and PCI is not defined (the eigenvalue 1 repeats), so ECI, PCI, COI and COG rank nothing: compare locations only within a block, or use a larger table.',
  'warning.complexity.eigengap':
    '{scope}: the second eigenvalue ({value}) is all but equal to the first (1): the network is all but disconnected, the eigenvector behind ECI and PCI is not defined, and ECI, PCI, COI and COG rank nothing.',
  'warning.complexity.eigenvalue-tie':
    '{scope}: the second and third eigenvalues are equal ({second} and {third}): the eigenvector behind ECI and PCI is not unique, and ECI, PCI, COI and COG rank nothing.',
  'warning.reason.too-small': 'fewer than 2 locations or products',
  'warning.reason.degenerate': 'the second eigenvalue is 0: all locations make the same products',
  'warning.reason.no-sign': 'diversity is uncorrelated with the eigenvector, so it has no sign',
} as const;

export const id: Translation<typeof en> = {
  'warning.scope.all': 'Semua baris',
  'warning.scope.year': 'Tahun {year}',
  'warning.complexity.duplicates': '{scope}: {n} baris lokasi-produk ganda; hanya yang pertama dari masing-masing yang dipakai.',
  'warning.complexity.zero-totals': '{scope}: {n} baris dari lokasi atau produk yang totalnya 0 tidak diikutkan.',
  'warning.complexity.zero-degree': '{scope}: diversitas atau ubikuitas bernilai 0 untuk sebagian lokasi atau produk; ECI atau PCI-nya kosong.',
  'warning.complexity.eci-undefined': '{scope}: ECI dan PCI tidak terdefinisi ({reason}); ECI, PCI, COI dan COG kosong.',
  'warning.complexity.eci-no-spread': '{scope}: ECI tidak memiliki sebaran; ECI, PCI, COI dan COG kosong.',
  'warning.complexity.coi-no-spread': '{scope}: COI tidak memiliki sebaran; COI kosong.',
  'warning.complexity.disconnected':
    '{scope}: lokasi dan produk yang memiliki keunggulan komparatif (M = 1) terpecah menjadi {n} blok yang tidak saling terhubung (lokasi × produk: {sizes}); vektor eigen yang mendasari ECI dan PCI tidak terdefinisi (nilai eigen 1 muncul berulang), sehingga ECI, PCI, COI dan COG tidak dapat dipakai untuk memeringkat: bandingkan lokasi hanya di dalam satu blok, atau gunakan tabel yang lebih besar.',
  'warning.complexity.eigengap':
    '{scope}: nilai eigen kedua ({value}) nyaris sama dengan yang pertama (1): jaringan hampir terputus, vektor eigen yang mendasari ECI dan PCI tidak terdefinisi, dan ECI, PCI, COI dan COG tidak dapat dipakai untuk memeringkat.',
  'warning.complexity.eigenvalue-tie':
    '{scope}: nilai eigen kedua dan ketiga sama ({second} dan {third}): vektor eigen yang mendasari ECI dan PCI tidak tunggal, dan ECI, PCI, COI dan COG tidak dapat dipakai untuk memeringkat.',
  'warning.reason.too-small': 'kurang dari 2 lokasi atau produk',
  'warning.reason.degenerate': 'nilai eigen kedua 0: semua lokasi membuat produk yang sama',
  'warning.reason.no-sign': 'diversitas tidak berkorelasi dengan vektor eigen, sehingga tandanya tidak dapat ditentukan',
};
