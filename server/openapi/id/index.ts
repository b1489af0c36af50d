// The OpenAPI document's texts in Bahasa Indonesia: a catalogue keyed by the English text, one table
// per part of the API. Public face of the folder.
export { indonesian, PARTS, type Entries } from './catalogue.ts';
