import { useTranslation } from 'react-i18next';

/** The product mark: two linked rings, a "schakel" (link in a chain). Decorative, the name is text. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <span className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect
          x="3"
          y="9"
          width="16"
          height="14"
          rx="7"
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
        />
        <rect
          x="13"
          y="9"
          width="16"
          height="14"
          rx="7"
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
        />
      </svg>
      <span className="brand__name">{t('app.name')}</span>
    </span>
  );
}
