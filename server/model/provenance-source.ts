// A dataset's provenance `source` is stored as one English phrase ("upload of firms.csv, needs.csv",
// "folder indonesia", "rantai load seed/indonesia"), written by the server and the CLI and kept by
// both stores. Readers in Indonesian saw it as it is ("Dimuat dari: upload of nat.zip"); the web
// front end and the workbook tell its parts in their own words instead. The phrases are built and
// read back here only, so both agree; dependency-free, so the web front end uses it too.

export type SourceParts =
  | { kind: 'upload'; files: string }
  | { kind: 'merge'; files: string; into: string }
  | { kind: 'folder'; folder: string }
  /** Anything else (`rantai load …`, a source a caller wrote): shown as it is. */
  | { kind: 'other'; text: string };

export const uploadSource = (files: string): string => `upload of ${files}`;
export const mergeSource = (files: string, into: string): string => `upload of ${files}, merged into "${into}"`;
export const folderSource = (folder: string): string => `folder ${folder}`;

/** The parts of a stored source phrase. */
export function sourceParts(source: string): SourceParts {
  const merge = /^upload of (.+?), merged into "(.*)"$/s.exec(source);
  if (merge) return { kind: 'merge', files: merge[1]!, into: merge[2]! };
  const upload = /^upload of (.+)$/s.exec(source);
  if (upload) return { kind: 'upload', files: upload[1]! };
  const folder = /^folder (.+)$/s.exec(source);
  if (folder) return { kind: 'folder', folder: folder[1]! };
  return { kind: 'other', text: source };
}
