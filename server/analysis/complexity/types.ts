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
