// Colours that stay distinguishable with the common colour-vision deficiencies. Tiers use the
// Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design") and also differ by shape in the
// views, so colour is never the only cue.
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
/** Import flows: dashed, near-black (distinct from every category colour below). */
export const IMPORT_COLOUR = '#222222';
export const HIGHLIGHT_COLOUR = '#000000';
/** What a context mark's tier colour is greyed towards on the map (firms around a focus, faded). */
export const CONTEXT_GREY = '#aab3bd';
export const TIER_ORDER = ['OEM', 'TIER1', 'TIER2', 'IKM', 'BUYER'] as const;
export const tierColour = (tier: string | undefined): string => TIER_COLOURS[tier ?? ''] ?? COUNTRY_COLOUR;

// Component categories are free text in a dataset. Known ones are grouped into ten families, each
// with a fixed colour (the same family keeps its colour in every view and focus): Paul Tol's
// "muted" scheme (nine colours, https://personal.sron.nl/~pault/) plus a magenta. The smallest CIE76
// distance between any two of them, or between one of them and the import or recommended colour,
// is 13.5 — with normal vision and under Machado et al. (2009) simulations of protanopia,
// deuteranopia and tritanopia; test/browser/palette.test.ts recomputes it. Unknown categories take
// the colours no known family shown is using, most frequent first; beyond ten families the rest
// are drawn as "other" (grey).
export const FAMILY_COLOURS = {
  engine: '#332288',
  drivetrain: '#88CCEE',
  brakes: '#CC6677',
  chassis: '#117733',
  exhaust: '#882255',
  motorcycle: '#44AA99',
  electronics: '#DDCC77',
  railway: '#999933',
  water: '#AA4499',
  machinery: '#DD33DD',
} as const;
export type Family = keyof typeof FAMILY_COLOURS;
export const OTHER_COLOUR = '#CCCCCC';
export const MAX_FAMILIES = Object.keys(FAMILY_COLOURS).length;

/** The family of each known category (lower case; singular and plural). */
const FAMILY_OF: Record<string, Family> = {
  engine: 'engine',
  engines: 'engine',
  drivetrain: 'drivetrain',
  transmission: 'drivetrain',
  bearing: 'drivetrain',
  bearings: 'drivetrain',
  brake: 'brakes',
  brakes: 'brakes',
  suspension: 'chassis',
  wheel: 'chassis',
  wheels: 'chassis',
  chassis: 'chassis',
  body: 'chassis',
  exhaust: 'exhaust',
  motorcycle: 'motorcycle',
  electronics: 'electronics',
  electrical: 'electronics',
  railway: 'railway',
  utilities: 'water',
  pump: 'water',
  pumps: 'water',
  machinery: 'machinery',
  appliances: 'machinery',
};

export const familyOf = (category: string): Family | null => FAMILY_OF[category.trim().toLowerCase()] ?? null;

export interface CategoryColours {
  /** The colour of a category (OTHER_COLOUR for the grouped rest and for no category). */
  colour(category: string): string;
  /** Legend entries in order: known families, then unknown categories, then "other". */
  entries: Array<{ key: string; family: Family | null; categories: string[]; colour: string }>;
}

/**
 * Colours for the categories a view shows, with how often each is drawn (links, say): known
 * families keep their fixed colour; unknown categories get the unused colours, most frequent first;
 * what is left over (and the empty category) is "other".
 */
export function categoryColours(counts: ReadonlyMap<string, number>): CategoryColours {
  const known = new Map<Family, string[]>();
  const unknown: Array<[string, number]> = [];
  let other: string[] = [];
  for (const [category, n] of counts) {
    if (category.trim() === '') {
      other.push(category);
      continue;
    }
    const family = familyOf(category);
    if (family) known.set(family, [...(known.get(family) ?? []), category].sort());
    else unknown.push([category, n]);
  }
  unknown.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const free = (Object.keys(FAMILY_COLOURS) as Family[]).filter((f) => !known.has(f)).map((f) => FAMILY_COLOURS[f]);
  const byCategory = new Map<string, string>();
  const entries: CategoryColours['entries'] = [];
  for (const family of Object.keys(FAMILY_COLOURS) as Family[]) {
    const categories = known.get(family);
    if (!categories) continue;
    for (const c of categories) byCategory.set(c, FAMILY_COLOURS[family]);
    entries.push({ key: family, family, categories, colour: FAMILY_COLOURS[family] });
  }
  unknown.forEach(([category], i) => {
    const colour = free[i];
    if (colour === undefined) other = [...other, category];
    else {
      byCategory.set(category, colour);
      entries.push({ key: category, family: null, categories: [category], colour });
    }
  });
  if (other.length > 0) entries.push({ key: 'other', family: null, categories: other.sort(), colour: OTHER_COLOUR });
  return { colour: (category) => byCategory.get(category) ?? OTHER_COLOUR, entries };
}
