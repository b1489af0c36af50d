// Warnings: an answer that went through but whose reader should know something. A warning is
// {code, message} (server/i18n/warning.ts): the code is stable for programs, the message is built
// from the code's template and its parameters in the asked language. The English of the complexity
// warnings is what server/analysis/complexity/compute.ts writes today, so routing them through here
// changes nothing in English. A new warning is one key here (in both tables) and one in WARNING_CODES.
import type { Translation } from './translation.ts';

export const en = {
  'warning.scope.all': 'all rows',
  'warning.scope.year': 'year {year}',
  'warning.complexity.zero-total': '{scope}: {n} row(s) of locations or products with a total of 0 left out',
  'warning.complexity.zero-diversity': '{scope}: diversity or ubiquity is 0 for some locations or products; their ECI or PCI is empty',
  'warning.complexity.undefined': '{scope}: ECI and PCI are undefined ({reason}); ECI, PCI, COI and COG are empty',
  'warning.complexity.eci-no-spread': '{scope}: ECI has no spread; ECI, PCI, COI and COG are empty',
  'warning.complexity.coi-no-spread': '{scope}: COI has no spread; COI is empty',
  'warning.complexity.duplicates': '{scope}: {n} duplicate location-product row(s); the first of each is kept',
  'warning.reason.too-small': 'too-small',
  'warning.reason.degenerate': 'degenerate',
  'warning.reason.no-sign': 'no-sign',
} as const;

export const id: Translation<typeof en> = {
  'warning.scope.all': 'semua baris',
  'warning.scope.year': 'tahun {year}',
  'warning.complexity.zero-total': '{scope}: {n} baris lokasi atau produk yang jumlahnya 0 tidak diikutkan',
  'warning.complexity.zero-diversity': '{scope}: diversitas atau ubikuitas bernilai 0 pada sebagian lokasi atau produk; ECI atau PCI-nya dikosongkan',
  'warning.complexity.undefined': '{scope}: ECI dan PCI tidak terdefinisi ({reason}); ECI, PCI, COI, dan COG dikosongkan',
  'warning.complexity.eci-no-spread': '{scope}: ECI tidak memiliki sebaran; ECI, PCI, COI, dan COG dikosongkan',
  'warning.complexity.coi-no-spread': '{scope}: COI tidak memiliki sebaran; COI dikosongkan',
  'warning.complexity.duplicates': '{scope}: {n} baris lokasi-produk ganda; hanya yang pertama dari masing-masing yang dipakai',
  'warning.reason.too-small': 'lokasi atau produk kurang dari dua',
  'warning.reason.degenerate': 'matriks merosot',
  'warning.reason.no-sign': 'arah tanda tidak dapat ditentukan',
};
