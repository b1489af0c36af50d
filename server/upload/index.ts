// Public face of dataset uploads: limits, and reading an upload request into a validated Dataset.
export { receiveUpload, datasetOfUpload, ACCEPTED_TYPES, XLSX_TYPE, type ReceivedUpload, type UploadedDataset } from './parse.ts';
export { keepDataset, readKept, KEPT_FILE, type KeptAbout } from './keep.ts';
export { DEFAULT_UPLOAD_LIMITS, resolveUploadLimits, uploadLimitsFromEnv, uploadLimitsShape, sizeText, type UploadLimits } from './limits.ts';
export { readZip, looksLikeZip, type ZipFileEntry } from './zip.ts';
export { checkCsvLimits } from './csv-limits.ts';
export { decodeUtf8 } from './decode.ts';
export { datasetOfUploadOffThread } from './off-thread.ts';
