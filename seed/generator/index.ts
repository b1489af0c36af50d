// Public face of the synthetic dataset generator.
export { generateDataset, type GenerateOptions } from './generate.ts';
