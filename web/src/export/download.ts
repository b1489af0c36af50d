// Saves a Blob as a file through a temporary link (works offline, no server round trip).
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file-name-safe version of a title, with the date: "rantai-network-2026-11-23". */
export function fileName(title: string, date: string, ext: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  // At most 60 characters, cut between words ("…-dampak-bila-perusahaan-be" read as a typo).
  const gap = slug.slice(0, 61).lastIndexOf('-');
  const short = slug.length <= 60 ? slug : gap > 0 ? slug.slice(0, gap) : slug.slice(0, 60);
  return `rantai-${short || 'view'}-${date}.${ext}`;
}
