// Public face of dataset uploads: limits, and reading an upload request into a validated Dataset.
export { parseUpload, ACCEPTED_TYPES, type ParsedUpload } from './parse.ts';
export { DEFAULT_UPLOAD_LIMITS, resolveUploadLimits, uploadLimitsFromEnv, uploadLimitsShape, sizeText, type UploadLimits } from './limits.ts';
export { readZip, looksLikeZip, type ZipFileEntry } from './zip.ts';
export { checkCsvLimits } from './csv-limits.ts';
export { decodeUtf8 } from './decode.ts';
