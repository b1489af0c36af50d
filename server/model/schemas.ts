// One zod schema per dataset file. Keys are the CSV column names (snake_case), so the same schema
// checks a CSV row and a JSON bundle row. Every type in the model comes from these via z.infer.
import { z } from 'zod';
import {
  estimateFlag,
  idField,
  latitude,
  longitude,
  optionalAmount,
  optionalText,
  optionalYear,
  requiredAmount,
  requiredText,
  requiredYear,
  textList,
  tierField,
} from './fields.ts';

const provenance = { source: optionalText(), estimate: estimateFlag() };

export const clusterRow = z.strictObject({
  id: idField(),
  name: requiredText(),
  province: optionalText(),
  regency: optionalText(),
  lat: latitude(),
  lon: longitude(),
  units: optionalAmount(),
  workers: optionalAmount(),
  ...provenance,
});

export const firmRow = z.strictObject({
  id: idField(),
  name: requiredText(),
  tier: tierField(),
  sector: optionalText(),
  cluster: optionalText(),
  province: optionalText(),
  regency: optionalText(),
  lat: latitude(),
  lon: longitude(),
  employees: optionalAmount(),
  capacity_tonnes: optionalAmount(),
  certifications: textList(),
  ...provenance,
});

export const processRow = z.strictObject({ id: idField(), name: requiredText(), description: optionalText() });
export const materialRow = z.strictObject({ id: idField(), name: requiredText(), standard: optionalText() });
export const countryRow = z.strictObject({ id: idField(), name: requiredText() });
export const programRow = z.strictObject({ id: idField(), name: requiredText() });

export const componentRow = z.strictObject({
  id: idField(),
  name: requiredText(),
  hs: optionalText(),
  category: optionalText(),
  material: optionalText(),
  processes: textList(),
  mass_kg: optionalAmount(),
  unit_price_usd: optionalAmount(),
  tolerance_mm: optionalAmount(),
  certification: optionalText(),
  ...provenance,
});

export const capabilityRow = z.strictObject({
  firm: idField(),
  process: idField(),
  material: optionalText(),
  tolerance_mm: optionalAmount(),
  capacity_tonnes: optionalAmount(),
  ...provenance,
});

export const makesRow = z.strictObject({
  firm: idField(),
  component: idField(),
  units_per_year: optionalAmount(),
  ...provenance,
});

export const needsRow = makesRow;

export const supplyRow = z.strictObject({
  supplier: idField(),
  buyer: idField(),
  component: idField(),
  units_per_year: optionalAmount(),
  value_usd: optionalAmount(),
  since: optionalYear(),
  ...provenance,
});

export const importRow = z.strictObject({
  buyer: idField(),
  component: idField(),
  country: idField(),
  year: requiredYear(),
  value_usd: requiredAmount(),
  units: optionalAmount(),
  ...provenance,
});

export const enrolmentRow = z.strictObject({ firm: idField(), program: idField(), year: optionalYear() });

/** The dataset: one array of parsed rows per file (file name without `.csv`). */
export const datasetSchema = z.object({
  clusters: z.array(clusterRow),
  firms: z.array(firmRow),
  processes: z.array(processRow),
  materials: z.array(materialRow),
  countries: z.array(countryRow),
  components: z.array(componentRow),
  capabilities: z.array(capabilityRow),
  makes: z.array(makesRow),
  needs: z.array(needsRow),
  supplies: z.array(supplyRow),
  imports: z.array(importRow),
  programs: z.array(programRow),
  enrolments: z.array(enrolmentRow),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetFile = keyof Dataset;
export type ClusterRow = z.infer<typeof clusterRow>;
export type FirmRow = z.infer<typeof firmRow>;
export type ComponentRow = z.infer<typeof componentRow>;
export type CapabilityRow = z.infer<typeof capabilityRow>;
export type MakesRow = z.infer<typeof makesRow>;
export type SupplyRow = z.infer<typeof supplyRow>;
export type ImportRow = z.infer<typeof importRow>;
