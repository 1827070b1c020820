// Server-side messages in the caller's language (Accept-Language): nl-BE first, English second.
// Capabilities register their own message keys next to their code.
export const locales = ['nl-BE', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl-BE';

type Catalogue = Record<string, string>;
const catalogues: Record<Locale, Catalogue> = { 'nl-BE': {}, en: {} };

/** Registers message keys; both languages must define the same keys (checked at start-up). */
export function registerMessages(messages: Record<Locale, Catalogue>): void {
  const nlKeys = Object.keys(messages['nl-BE']).sort().join();
  const enKeys = Object.keys(messages.en).sort().join();
  if (nlKeys !== enKeys) throw new Error('Message catalogues differ between nl-BE and en');
  Object.assign(catalogues['nl-BE'], messages['nl-BE']);
  Object.assign(catalogues.en, messages.en);
}

/** Picks nl-BE unless the caller prefers English (French will join later). */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('nl')) return 'nl-BE';
    if (tag.startsWith('en')) return 'en';
  }
  return defaultLocale;
}

export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = catalogues[locale][key] ?? catalogues.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
