// Names in the reader's language: the Indonesian names a dataset gives its components, processes,
// materials, programmes and firms (name_id, description_id), read from the store, and the rule that puts
// them into answers and sentences in Indonesian. Public face of the folder.
export { datasetNames, namesIn, indonesianOf, indonesianOfNodes, type DataNames, type IndonesianName } from './book.ts';
export { dataNames } from './read.ts';
export { localiseNames } from './localise.ts';
