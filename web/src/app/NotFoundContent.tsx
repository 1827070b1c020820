import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../ui/PageHeader';

/** Also what a user sees for a page their role may not open: absence and refusal look alike. */
export function NotFoundContent() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} description={<p>{t('notFound.description')}</p>} />
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
