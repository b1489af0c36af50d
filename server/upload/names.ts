// Which names in an upload are dataset files, and which are refused: a name that climbs out of its
// folder (`..`), is absolute or names a drive is refused outright (Zip Slip); folders, hidden files
// and macOS resource forks are skipped; the file itself is known by its base name.
import { AppError } from '../errors.ts';
import { text } from '../i18n/index.ts';

export type EntryKind = 'csv' | 'json' | 'zip' | 'xlsx' | 'skip';

/** The base name of an upload entry, or throws invalid_request for a path-traversal name. */
export function entryBaseName(name: string): string {
  const parts = name.split(/[\\/]+/);
  if (/^[\\/]/.test(name) || /^[A-Za-z]:/.test(name) || parts.some((p) => p === '..')) {
    throw new AppError('invalid_request', text('upload.outsideFolder', { name }), { name });
  }
  return parts[parts.length - 1] ?? '';
}

export function entryKind(name: string): EntryKind {
  const base = entryBaseName(name);
  if (base === '' || base.startsWith('.') || /(^|[\\/])__MACOSX[\\/]/.test(name)) return 'skip';
  if (/\.csv$/i.test(base)) return 'csv';
  if (/\.json$/i.test(base)) return 'json';
  if (/\.zip$/i.test(base)) return 'zip';
  if (/\.xlsx$/i.test(base)) return 'xlsx';
  return 'skip';
}

/** A file's name without its folder and extension: what a person calls the dataset in it. */
export const stemOf = (name: string): string => (entryBaseName(name).replace(/\.[^.]*$/, '') || entryBaseName(name)).trim();

/** The one folder every name sits in (`my-data/firms.csv`, …), or undefined. */
export function commonFolder(names: readonly string[]): string | undefined {
  const folders = new Set(names.map((n) => n.split(/[\\/]+/).slice(0, -1).filter((p) => p !== '' && p !== '.').pop()));
  const [only] = folders;
  return folders.size === 1 && only ? only : undefined;
}
