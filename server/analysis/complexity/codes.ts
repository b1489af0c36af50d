// The warning codes of the complexity computation (warnings.ts says what each means), in a file
// with no dependencies so that the web front end can import the same list.
export const WARNING_CODES = [
  'duplicates',
  'zero-totals',
  'zero-degree',
  'eci-undefined',
  'eci-no-spread',
  'coi-no-spread',
  'disconnected',
  'eigengap',
  'eigenvalue-tie',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Codes after which ECI, PCI, COI and COG of the year must not be read as a ranking. */
export const UNDEFINED_ECI_CODES: ReadonlySet<string> = new Set<WarningCode>(['eci-undefined', 'eci-no-spread', 'disconnected', 'eigengap', 'eigenvalue-tie']);
