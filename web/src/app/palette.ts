// Colours that stay distinguishable with the common colour-vision deficiencies: the Okabe–Ito
// palette (Okabe & Ito 2008, "Color Universal Design"). Tiers also differ by shape in the views,
// so colour is never the only cue.
export const TIER_COLOURS: Record<string, string> = {
  OEM: '#0072B2',
  TIER1: '#56B4E9',
  TIER2: '#009E73',
  IKM: '#E69F00',
  BUYER: '#CC79A7',
};
export const CLUSTER_COLOUR = '#555555';
export const COUNTRY_COLOUR = '#999999';
export const SUPPLY_COLOUR = '#6b7280';
/** Recommended (missing) links: dashed, in vermillion. */
export const MISSING_COLOUR = '#D55E00';
export const IMPORT_COLOUR = '#F0E442';
export const HIGHLIGHT_COLOUR = '#000000';
export const TIER_ORDER = ['OEM', 'TIER1', 'TIER2', 'IKM', 'BUYER'] as const;
export const tierColour = (tier: string | undefined): string => TIER_COLOURS[tier ?? ''] ?? COUNTRY_COLOUR;
