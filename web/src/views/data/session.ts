// What the data page keeps in sessionStorage (this tab only, gone when it closes): the write token,
// and the result of an upload across the reload that follows it. Never localStorage: the token must
// not outlive the session. Storage can be unavailable (privacy modes); then nothing is kept.
import type { DatasetUploadResult } from '../../../../server/api/routes/datasets.ts';

const TOKEN_KEY = 'rantai.writeToken';
const RESULT_KEY = 'rantai.uploadResult';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function savedToken(): string {
  return storage()?.getItem(TOKEN_KEY) ?? '';
}

export function saveToken(token: string): void {
  const s = storage();
  if (!s) return;
  if (token === '') s.removeItem(TOKEN_KEY);
  else s.setItem(TOKEN_KEY, token);
}

export function keepUploadResult(result: DatasetUploadResult): void {
  storage()?.setItem(RESULT_KEY, JSON.stringify(result));
}

/** The result of the upload before the reload, once (it is removed when read). */
export function takeUploadResult(): DatasetUploadResult | null {
  const s = storage();
  const text = s?.getItem(RESULT_KEY);
  if (!s || !text) return null;
  s.removeItem(RESULT_KEY);
  try {
    return JSON.parse(text) as DatasetUploadResult;
  } catch {
    return null;
  }
}
