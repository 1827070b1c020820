import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { accessApi, type EnrolmentConfirmation } from './access.api';
import { OneTimeCodeField } from './OneTimeCodeField';
import { RecoveryCodes } from './RecoveryCodes';
import { groupInFours, normaliseOneTimeCode, svgImageSource } from './secret-format';
import { SignOutLink } from './SignOutLink';
import { useContinueAfterSignIn } from './useContinueAfterSignIn';

const enrolRoute = getRouteApi('/access/2fa/enrol');
const ENROLMENT_KEY = ['auth', 'mfa-enrolment'] as const;

export function MfaEnrolPage() {
  const queryClient = useQueryClient();
  const { redirect } = enrolRoute.useSearch();
  const continueAfterSignIn = useContinueAfterSignIn(redirect);
  const [confirmed, setConfirmed] = useState<EnrolmentConfirmation | null>(null);

  useEffect(() => {
    // The secret is not kept in memory once the authenticator app has it. This runs after the
    // steps (and their query) have unmounted; dropping a query that is still watched would
    // start it again and ask the server for a new secret.
    if (confirmed !== null) queryClient.removeQueries({ queryKey: ENROLMENT_KEY });
  }, [confirmed, queryClient]);

  if (confirmed !== null) {
    return (
      <RecoveryCodes
        codes={confirmed.recoveryCodes}
        onStored={() => continueAfterSignIn(confirmed.session)}
      />
    );
  }
  return <EnrolmentSteps onConfirmed={setConfirmed} />;
}

function EnrolmentSteps({ onConfirmed }: { onConfirmed: (result: EnrolmentConfirmation) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [code, setCode] = useState('');
  // A query rather than a mutation so that React's double mount in development, or a second
  // render, never asks the server for two different secrets.
  const enrolment = useQuery({
    queryKey: ENROLMENT_KEY,
    queryFn: () => accessApi.startEnrolment(api),
    staleTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const confirm = useMutation({
    mutationFn: (oneTimeCode: string) => accessApi.confirmEnrolment(api, oneTimeCode),
    onSuccess: onConfirmed,
  });

  return (
    <>
      <PageHeader title={t('mfaEnrol.title')} description={<p>{t('mfaEnrol.intro')}</p>} />
      {enrolment.isPending ? <Spinner /> : null}
      {enrolment.isError ? (
        <Alert tone="error" title={t('mfaEnrol.startFailed')}>
          <p>{enrolment.error.message}</p>
          <Button variant="secondary" onPress={() => void enrolment.refetch()}>
            {t('common.tryAgain')}
          </Button>
        </Alert>
      ) : null}
      {enrolment.isSuccess ? (
        <ol className="steps">
          <li className="steps__item">
            <h2 className="steps__title">{t('mfaEnrol.scanTitle')}</h2>
            <p>{t('mfaEnrol.scanText')}</p>
            <img
              className="qr-code"
              src={svgImageSource(enrolment.data.qrSvg)}
              alt={t('mfaEnrol.qrAlt')}
              width={200}
              height={200}
            />
            <p className="steps__note">{t('mfaEnrol.manualText')}</p>
            <p className="secret" aria-label={t('mfaEnrol.secretLabel')}>
              <code data-testid="totp-secret">{groupInFours(enrolment.data.secret)}</code>
            </p>
          </li>
          <li className="steps__item">
            <h2 className="steps__title">{t('mfaEnrol.confirmTitle')}</h2>
            <Form
              error={confirm.error}
              aria-label={t('mfaEnrol.confirmTitle')}
              onSubmit={() => confirm.mutate(normaliseOneTimeCode(code))}
            >
              <OneTimeCodeField value={code} onChange={setCode} />
              <Button type="submit" isPending={confirm.isPending}>
                {t('mfaEnrol.confirm')}
              </Button>
            </Form>
          </li>
        </ol>
      ) : null}
      <SignOutLink />
    </>
  );
}
