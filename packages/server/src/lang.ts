// Language selection: a field's `lang` argument wins, then the request's
// Accept-Language header, then Vietnamese (the source language, always present).

export type Lang = 'vi' | 'en';
export const DEFAULT_LANG: Lang = 'vi';

/** The preferred supported language of an Accept-Language header, by q-value. */
export function langFromAcceptLanguage(header: string | null | undefined): Lang {
  if (!header) return DEFAULT_LANG;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (primary === 'vi' || primary === 'en') return primary;
  }
  return DEFAULT_LANG;
}

/** The text in the chosen language, falling back to Vietnamese where it is missing. */
export function pick(lang: Lang, vi: string, en: string | null | undefined): string {
  return lang === 'en' && en ? en : vi;
}
