// Upload limits, shared by the HTTP route and its tests. Defaults suit national-scale datasets (a
// million rows fit in the body limit compressed); the server's environment can change the sizes.
import { z } from 'zod';

const MB = 1024 * 1024;

export const uploadLimitsShape = z.object({
  /** Largest request body (the zip, the JSON bundle or all multipart parts together). */
  maxBodyBytes: z.number().int().positive().default(50 * MB),
  /** Largest single file once decompressed. */
  maxFileBytes: z.number().int().positive().default(100 * MB),
  /** Largest sum of all files once decompressed. */
  maxTotalBytes: z.number().int().positive().default(300 * MB),
  /** Most dataset files in one upload (a dataset has 13; zips may hold a few others, ignored). */
  maxFiles: z.number().int().positive().default(50),
  /** Longest cell, in characters (the longest text the dataset format allows is 10,000). */
  maxCellChars: z.number().int().positive().default(10_000),
  /** Most columns in a row (the widest dataset file has 16). */
  maxColumns: z.number().int().positive().default(50),
  /** Most rows in one file (the national dataset's largest, capabilities.csv, has about 400,000). */
  maxRows: z.number().int().positive().default(2_000_000),
  /**
   * Heap (MB) of the worker thread that reads one upload (off-thread.ts); an upload that needs more
   * is refused with 413. A national dataset (100,000 firms, ~60 MB of CSV) needs 512–768 MB; the
   * default leaves room for uploads up to the size limits above.
   */
  maxHeapMb: z.number().int().min(64).default(4096),
});

export type UploadLimits = z.infer<typeof uploadLimitsShape>;

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = uploadLimitsShape.parse({});

export const resolveUploadLimits = (partial: Partial<UploadLimits> = {}): UploadLimits =>
  uploadLimitsShape.parse(Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)));

/** "12.5 MB" for messages. */
export const sizeText = (bytes: number): string =>
  bytes >= MB ? `${(bytes / MB).toFixed(bytes % MB === 0 ? 0 : 1)} MB` : bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${bytes} bytes`;

/** The limits the server's environment sets (server/config.ts), defaults for the rest. */
export const uploadLimitsFromEnv = (config: {
  RANTAI_UPLOAD_MAX_BYTES?: number;
  RANTAI_UPLOAD_MAX_FILE_BYTES?: number;
  RANTAI_UPLOAD_MAX_TOTAL_BYTES?: number;
  RANTAI_UPLOAD_MAX_FILES?: number;
  RANTAI_UPLOAD_HEAP_MB?: number;
}): UploadLimits =>
  resolveUploadLimits({
    maxBodyBytes: config.RANTAI_UPLOAD_MAX_BYTES,
    maxFileBytes: config.RANTAI_UPLOAD_MAX_FILE_BYTES,
    maxTotalBytes: config.RANTAI_UPLOAD_MAX_TOTAL_BYTES,
    maxFiles: config.RANTAI_UPLOAD_MAX_FILES,
    maxHeapMb: config.RANTAI_UPLOAD_HEAP_MB,
  });
