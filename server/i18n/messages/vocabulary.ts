// The vocabulary the product owns, in both languages: tiers, opportunity statuses, gap kinds, policy
// levers, strategies, supply-relationship words, link feasibility and the component categories the
// product knows. Data names (firms, components, processes, materials, countries) are not here: they
// stay as the dataset gives them. The Indonesian follows the ministry's own terms (Kemenperin:
// "restrukturisasi mesin dan peralatan", "sertifikasi", "sentra IKM", "industri besar").
import type { Translation } from './translation.ts';

export const en = {
  'tier.OEM': 'OEM',
  'tier.TIER1': 'Tier 1',
  'tier.TIER2': 'Tier 2',
  'tier.IKM': 'IKM (small and medium industry)',
  'tier.BUYER': 'Other large buyer',

  'status.ready': 'ready',
  'status.near': 'near (one gap)',
  'status.stretch': 'stretch',

  'gapKind.process': 'process',
  'gapKind.tolerance': 'tolerance',
  'gapKind.material': 'material',
  'gapKind.certification': 'certification',
  'gapKind.capacity': 'capacity',

  'lever.machinery-restructuring': 'machinery restructuring',
  'lever.quality-certification': 'quality coaching and certification',
  'lever.investment-pooling': 'investment or cooperative pooling',
  'lever.material-centre': 'material centre',

  'strategy.ready-now': 'ready now',
  'strategy.balanced': 'balanced',
  'strategy.strategic': 'strategic',

  'hop.supplies': 'supplies',
  'hop.buys': 'buys from',
  'hop.both': 'supplies and buys from',

  'feasibility.makes': 'makes it already',
  'feasibility.capable': 'can do everything it takes',

  'category.engine': 'engine',
  'category.brakes': 'brakes',
  'category.suspension': 'suspension',
  'category.exhaust': 'exhaust',
  'category.drivetrain': 'drivetrain',
  'category.transmission': 'transmission',
  'category.bearings': 'bearings',
  'category.body': 'body',
  'category.chassis': 'chassis',
  'category.wheels': 'wheels',
  'category.electronics': 'electronics',
  'category.motorcycle': 'motorcycle',
  'category.pumps': 'pumps',
  'category.railway': 'railway',
  'category.utilities': 'utilities',
  'category.machinery': 'machinery',
  'category.appliances': 'appliances',
} as const;

export const id: Translation<typeof en> = {
  'tier.OEM': 'OEM',
  'tier.TIER1': 'Tier 1',
  'tier.TIER2': 'Tier 2',
  'tier.IKM': 'IKM (industri kecil dan menengah)',
  'tier.BUYER': 'Industri besar lain',

  'status.ready': 'siap',
  'status.near': 'dekat (satu kekurangan)',
  'status.stretch': 'jauh',

  'gapKind.process': 'proses',
  'gapKind.tolerance': 'toleransi',
  'gapKind.material': 'bahan baku',
  'gapKind.certification': 'sertifikasi',
  'gapKind.capacity': 'kapasitas',

  'lever.machinery-restructuring': 'restrukturisasi mesin dan peralatan',
  'lever.quality-certification': 'pendampingan mutu dan sertifikasi',
  'lever.investment-pooling': 'investasi atau penggabungan kapasitas melalui koperasi',
  'lever.material-centre': 'pusat bahan baku',

  'strategy.ready-now': 'siap sekarang',
  'strategy.balanced': 'seimbang',
  'strategy.strategic': 'strategis',

  'hop.supplies': 'memasok',
  'hop.buys': 'membeli dari',
  'hop.both': 'memasok dan membeli dari',

  'feasibility.makes': 'sudah membuatnya',
  'feasibility.capable': 'mampu mengerjakan semua yang diperlukan',

  'category.engine': 'mesin',
  'category.brakes': 'rem',
  'category.suspension': 'suspensi',
  'category.exhaust': 'knalpot',
  'category.drivetrain': 'sistem penggerak',
  'category.transmission': 'transmisi',
  'category.bearings': 'bantalan poros',
  'category.body': 'bodi',
  'category.chassis': 'sasis',
  'category.wheels': 'roda',
  'category.electronics': 'elektronika',
  'category.motorcycle': 'sepeda motor',
  'category.pumps': 'pompa',
  'category.railway': 'perkeretaapian',
  'category.utilities': 'utilitas',
  'category.machinery': 'permesinan',
  'category.appliances': 'peralatan rumah tangga',
};
