import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { PageHeader } from '../ui/PageHeader';
import { TextField } from '../ui/TextField';
import { accessApi, type MfaProof } from './access.api';
import { OneTimeCodeField } from './OneTimeCodeField';
import { normaliseOneTimeCode } from './secret-format';
import { SignOutLink } from './SignOutLink';
import { useContinueAfterSignIn } from './useContinueAfterSignIn';

const challengeRoute = getRouteApi('/access/2fa/verify');

export function MfaChallengePage() {
  const { t } = useTranslation();
  const api = useApi();
  const { redirect } = challengeRoute.useSearch();
  const continueAfterSignIn = useContinueAfterSignIn(redirect);
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const verify = useMutation({
    mutationFn: (proof: MfaProof) => accessApi.verify(api, proof),
    onSuccess: continueAfterSignIn,
  });

  const submit = () =>
    verify.mutate(
      useRecoveryCode
        ? { recoveryCode: recoveryCode.trim() }
        : { code: normaliseOneTimeCode(code) },
    );

  return (
    <>
      <PageHeader
        title={t('mfaChallenge.title')}
        description={
          <p>{useRecoveryCode ? t('mfaChallenge.recoveryIntro') : t('mfaChallenge.intro')}</p>
        }
      />
      <Form error={verify.error} aria-label={t('mfaChallenge.title')} onSubmit={submit}>
        {useRecoveryCode ? (
          <TextField
            name="recoveryCode"
            label={t('mfaChallenge.recoveryCodeLabel')}
            autoComplete="off"
            spellCheck="false"
            isRequired
            value={recoveryCode}
            onChange={setRecoveryCode}
            inputClassName="field__input--code"
          />
        ) : (
          <OneTimeCodeField value={code} onChange={setCode} />
        )}
        <Button type="submit" isPending={verify.isPending} className="button--block">
          {t('mfaChallenge.submit')}
        </Button>
      </Form>
      <p>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            verify.reset();
            setUseRecoveryCode(!useRecoveryCode);
          }}
        >
          {useRecoveryCode ? t('mfaChallenge.useApp') : t('mfaChallenge.useRecoveryCode')}
        </button>
      </p>
      <SignOutLink />
    </>
  );
}
