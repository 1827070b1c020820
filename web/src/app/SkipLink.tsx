import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main';

/** First stop for keyboard users: past the header straight to the page content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        // Focus by hand: a hash change would also go through the router's history.
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {t('layout.skipToContent')}
    </a>
  );
}
