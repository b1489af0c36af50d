// Which language a request asks for (server/i18n/lang.ts): the `lang` query parameter, else the
// Accept-Language header (RFC 9110: highest q among the languages the product writes; `id`,
// `id-ID` and the old code `in` are Bahasa Indonesia), else English.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.ts';
import { fromAcceptLanguage, resolveLang } from '../../server/i18n/index.ts';

describe('Accept-Language', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['id', 'id'],
    ['id-ID', 'id'],
    ['ID-id', 'id'],
    ['in', 'id'],
    ['en-US', 'en'],
    ['*', 'en'],
    ['fr-FR', 'en'],
    ['fr-FR, id;q=0.5', 'id'],
    ['en-US,en;q=0.9,id;q=0.8', 'en'],
    ['id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7', 'id'],
    ['en;q=0.4, id;q=0.6', 'id'],
    ['id;q=0, en', 'en'],
    ['id;q=0', 'en'],
    ['en, id', 'en'],
  ] as const)('%s → %s', (header, lang) => {
    expect(fromAcceptLanguage(header)).toBe(lang);
  });
});

describe('resolveLang', () => {
  const req = (query: Record<string, unknown>, header?: string) => {
    const vary: string[] = [];
    return { req: { query, headers: { 'accept-language': header }, res: { vary: (f: string) => vary.push(f) } }, vary };
  };

  it('takes the query parameter over the header, and the header over the default', () => {
    expect(resolveLang(req({ lang: 'en' }, 'id-ID').req)).toBe('en');
    expect(resolveLang(req({ lang: 'id' }, 'en').req)).toBe('id');
    expect(resolveLang(req({}, 'id-ID').req)).toBe('id');
    expect(resolveLang(req({}).req)).toBe('en');
  });

  it('says that the answer varies with Accept-Language', () => {
    const { req: r, vary } = req({});
    resolveLang(r);
    expect(vary).toEqual(['Accept-Language']);
  });

  it('refuses an unknown language naming the field', () => {
    const error = (() => {
      try {
        return resolveLang(req({ lang: 'fr' }).req);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_parameter');
    expect((error as AppError).message).toMatch(/^lang: must be one of en, id/);
  });
});

describe('the lang parameter takes what Accept-Language takes', () => {
  const request = (lang: string) => ({ query: { lang }, headers: {} });
  it.each([
    ['id', 'id'],
    ['id-ID', 'id'],
    ['ID', 'id'],
    ['in', 'id'],
    ['en-GB', 'en'],
    ['EN', 'en'],
  ])('?lang=%s → %s', (tag, lang) => {
    expect(resolveLang(request(tag))).toBe(lang);
  });

  it('still refuses a language the product does not write, naming the field', () => {
    expect(() => resolveLang(request('fr'))).toThrow(AppError);
    expect(() => resolveLang(request('fr'))).toThrow(/lang/);
  });
});
