import { LANGUAGES, type Language } from '../../shared/languages.js';

/** The language when nothing says otherwise: the one most readers of Kazakh media share. */
export const DEFAULT_LANGUAGE: Language = 'ru';

export const isLanguage = (value: string | undefined): value is Language =>
  value !== undefined && (LANGUAGES as readonly string[]).includes(value);

/** The reader's language for "/": the cookie a page set earlier, then Accept-Language, then the default. */
export function pickLanguage(cookie: string | undefined, acceptLanguage: string | undefined): Language {
  if (isLanguage(cookie)) return cookie;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { lang: (tag ?? '').toLowerCase().slice(0, 2), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  return (ranked.find((x) => isLanguage(x.lang))?.lang as Language | undefined) ?? DEFAULT_LANGUAGE;
}

/** The same page in another language: swaps the first path segment, keeps the query. */
export function switchLanguage(pathWithQuery: string, to: Language): string {
  return pathWithQuery.replace(/^\/(kk|ru|en)(?=\/|$|\?)/, `/${to}`);
}
