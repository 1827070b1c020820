import { useTranslation } from 'react-i18next';

/** A loading indicator that says what is loading to screen readers. */
export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <span className="spinner" role="status">
      <span className="spinner__circle" aria-hidden="true" />
      <span className="spinner__label">{label ?? t('common.loading')}</span>
    </span>
  );
}
