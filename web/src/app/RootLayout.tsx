import { Outlet, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { AccessFrame } from './AccessLayout';
import { NotFoundContent } from './NotFoundContent';
import { useRouteFocus } from './useRouteFocus';
import { useSearchShortcut } from './useSearchShortcut';

export function RootLayout() {
  useRouteFocus();
  useSearchShortcut();
  return <Outlet />;
}

/** An address that matches no page at all, shown without the staff navigation. */
export function RootNotFoundPage() {
  return (
    <AccessFrame>
      <NotFoundContent />
    </AccessFrame>
  );
}

export function RootPendingPage() {
  return (
    <AccessFrame>
      <Spinner />
    </AccessFrame>
  );
}

/** Shown when even the session could not be read: usually the server is unreachable. */
export function RootErrorPage({ error }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <AccessFrame>
      <PageHeader title={t('errors.pageTitle')} />
      <Alert tone="error">
        {error instanceof ApiError ? error.message : t('errors.unexpected')}
      </Alert>
      <Button onPress={() => void router.invalidate()}>{t('common.tryAgain')}</Button>
    </AccessFrame>
  );
}
