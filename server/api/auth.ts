// Write protection: a route that changes data needs `Authorization: Bearer $RANTAI_WRITE_TOKEN`.
// With no token configured the server refuses every write and says how to allow them. Tokens are
// compared in constant time (SHA-256 of both, then timingSafeEqual, so lengths leak nothing either).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../errors.ts';
import { render, text } from '../i18n/index.ts';

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

export const WRITES_DISABLED_MESSAGE = render('en', text('error.writesDisabled'));

/** Whether `given` equals `expected`, in time that does not depend on where they differ. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Middleware for write routes; `token` is RANTAI_WRITE_TOKEN (undefined: writes disabled). */
export function requireWriteToken(token: string | undefined): RequestHandler {
  const expected = token && token.length > 0 ? token : undefined;
  return (req, res, next) => {
    if (!expected) throw new AppError('writes_disabled', text('error.writesDisabled'));
    const header = req.headers.authorization ?? '';
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!match || !tokenMatches(match[1]!, expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="rantai"');
      throw new AppError('unauthorized', header === '' ? text('error.tokenMissing') : text('error.tokenWrong'));
    }
    next();
  };
}
