import { useTranslation } from 'react-i18next';
import { currentLocale, SUPPORTED_LOCALES, type Locale } from '../i18n/i18n';

// Each language is named in itself, so someone who cannot read the current one still finds theirs.
const LANGUAGE_NAMES: Record<Locale, { short: string; full: string }> = {
  'nl-BE': { short: 'NL', full: 'Nederlands' },
  en: { short: 'EN', full: 'English' },
};

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLocale(i18n);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {SUPPORTED_LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="language-switch__option"
          aria-pressed={locale === active}
          aria-label={LANGUAGE_NAMES[locale].full}
          onClick={() => void i18n.changeLanguage(locale)}
        >
          {LANGUAGE_NAMES[locale].short}
        </button>
      ))}
    </div>
  );
}
