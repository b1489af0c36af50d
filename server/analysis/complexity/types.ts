// Row types of the economic-complexity module: what goes in (one value per location, product and
// optional year) and what comes out (the columns of py-ecomplexity's output).

export interface ComplexityInputRow {
  location: string;
  product: string;
  /** Non-negative, finite: export value, employment, … (or 0/1 with presenceTest 'manual'). */
  value: number;
  /** Years are computed independently; rows without a year form one period. */
  year?: string;
}

/**
 * One output row per location × product × year, as py-ecomplexity returns them. Metrics are null
 * where the package gives NaN (see compute.ts for the cases), and for input rows of a location or
 * product whose total value that year is 0 (the package drops those from the computation and merges
 * the original rows back with empty metrics).
 */
export interface ComplexityRow {
  location: string;
  product: string;
  /** The input value; 0 for a location × product pair missing from the input. */
  value: number;
  year: string | null;
  /** k_c,0: number of products with M = 1 in the location. */
  diversity: number | null;
  /** k_p,0: number of locations with M = 1 for the product. */
  ubiquity: number | null;
  /** Presence M(c,p), 0 or 1. */
  mcp: number | null;
  eci: number | null;
  pci: number | null;
  density: number | null;
  coi: number | null;
  cog: number | null;
  /** Balassa's revealed comparative advantage. */
  rca: number | null;
}

/** Column names of the caller's data, kept in the output as py-ecomplexity does. */
export interface ComplexityColumns {
  location: string;
  product: string;
  value: string;
  year?: string;
}

/**
 * A connected block of the presence matrix (blocks.ts) with ECI/PCI computed within it.
 * status 'whole': the year's matrix is this one block and its ECI/PCI are defined (they are the
 * rows' values); 'ranked': one of several blocks, eci/pci computed within the block (they compare
 * its locations/products only); 'too-small': fewer than 3 locations or products; 'undefined': the
 * eigenvector is not defined here either.
 */
export interface BlockResult {
  locations: string[];
  products: string[];
  status: 'whole' | 'ranked' | 'too-small' | 'undefined';
  /** Aligned with `locations` when status is 'ranked'. */
  eci: number[] | null;
  /** Aligned with `products` when status is 'ranked'. */
  pci: number[] | null;
}

export interface YearStructure {
  year: string | null;
  /** Whether the year's ECI/PCI are defined: one connected block, clear eigen-gaps, a spread. */
  defined: boolean;
  /** Largest first. */
  blocks: BlockResult[];
}
