// Request bodies are read as sent: neither the JSON reader nor the upload reader decodes a
// Content-Encoding (a gzip body would otherwise be read as bytes and refused as "not valid UTF-8",
// which names the wrong fault). Decoding one would also let a small body grow past every size
// limit before it is checked. RFC 9110 §8.4.1: a coding the server does not accept is a 415.
import type { IncomingHttpHeaders } from 'node:http';
import { AppError } from '../errors.ts';
import { text } from '../i18n/index.ts';

/** The 415 for a body sent with a Content-Encoding other than identity, else undefined. */
export function encodedBodyError(headers: IncomingHttpHeaders): AppError | undefined {
  const codings = (headers['content-encoding'] ?? '').split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '' && s !== 'identity');
  if (codings.length === 0) return undefined;
  const encoding = codings.join(', ').slice(0, 100);
  return new AppError('unsupported_media_type', text('error.bodyEncoded', { encoding }), { part: 'Content-Encoding', encoding });
}
