// Sends a dataset to POST /api/datasets as multipart/form-data (CSV files, or one zip, JSON bundle or
// Excel workbook — the server tells them apart by file name; `mode=merge` replaces only those files) with the write token as a Bearer header.
// XMLHttpRequest rather than fetch, because only XHR reports upload progress (upload.onprogress).
import type { DatasetUploadResult } from '../../../../server/api/routes/datasets.ts';
import { lang } from '../../app/i18n.ts';

export interface UploadProblem {
  file: string;
  line: number;
  column: number | string;
  message: string;
  /** A workbook cell, e.g. firms!D14. */
  cell?: string;
  /** A grouped entry stands for this many problems. */
  more?: number;
}

export type UploadOutcome =
  | { ok: true; result: DatasetUploadResult }
  | { ok: false; status: number; code: string; message: string; problems: UploadProblem[] };

const isProblem = (p: unknown): p is UploadProblem =>
  p !== null && typeof p === 'object' && typeof (p as UploadProblem).file === 'string' && typeof (p as UploadProblem).message === 'string';

/** The located problems of a rejected dataset: `details` is the list (422), or `{problems}`. */
export function problemsOf(details: unknown): UploadProblem[] {
  const list = Array.isArray(details) ? details : details && typeof details === 'object' && Array.isArray((details as { problems?: unknown }).problems) ? (details as { problems: unknown[] }).problems : [];
  return list.filter(isProblem);
}

export function uploadDataset(files: readonly File[], options: { token: string; name: string; merge?: boolean; onProgress: (loaded: number, total: number) => void }): Promise<UploadOutcome> {
  const form = new FormData();
  if (options.name.trim() !== '') form.append('name', options.name.trim());
  if (options.merge) form.append('mode', 'merge');
  for (const f of files) form.append('files', f, f.name);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', 'api/datasets');
    xhr.setRequestHeader('Accept', 'application/json');
    // The refusal and every problem of a rejected dataset come back in the language on screen, as
    // every other request's sentences do (app/api.ts); they came back in the browser's language.
    xhr.setRequestHeader('Accept-Language', lang());
    if (options.token !== '') xhr.setRequestHeader('Authorization', `Bearer ${options.token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress(e.loaded, e.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText === '' ? null : JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof body === 'object') {
        resolve({ ok: true, result: body as DatasetUploadResult });
        return;
      }
      const err = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
      resolve({ ok: false, status: xhr.status, code: err?.code ?? 'error', message: err?.message ?? `HTTP ${xhr.status}`, problems: problemsOf(err?.details) });
    };
    xhr.onerror = () => resolve({ ok: false, status: 0, code: 'network', message: '', problems: [] });
    xhr.onabort = () => resolve({ ok: false, status: 0, code: 'aborted', message: '', problems: [] });
    xhr.send(form);
  });
}
