// The names /api/graph writes for the nodes of an overview that stand for several firms: one node
// per tier and province ("Jawa Barat · Tier 2"). The web views write the same names from their own
// tables (web/src/graph/messages.ts); an API reader gets them here in the asked language.
import type { Translation } from './translation.ts';

export const en = {
  'overview.group': '{province} · {tier}',
  'overview.noProvince': 'No province',
  'overview.tier.OEM': 'OEMs',
  'overview.tier.TIER1': 'Tier 1',
  'overview.tier.TIER2': 'Tier 2',
  'overview.tier.IKM': 'IKM outside a sentra',
  'overview.tier.BUYER': 'Other large buyers',
} as const;

export const id: Translation<typeof en> = {
  'overview.group': '{province} · {tier}',
  'overview.noProvince': 'Tanpa provinsi',
  'overview.tier.OEM': 'OEM',
  'overview.tier.TIER1': 'Tier 1',
  'overview.tier.TIER2': 'Tier 2',
  'overview.tier.IKM': 'IKM di luar sentra',
  'overview.tier.BUYER': 'Industri besar lain',
};
