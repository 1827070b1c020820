import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button, buttonClassName } from '../ui/Button';
import { Form } from '../ui/Form';
import { PageHeader } from '../ui/PageHeader';
import { TextField } from '../ui/TextField';
import { accessApi } from './access.api';
import { useContinueAfterSignIn } from './useContinueAfterSignIn';

const loginRoute = getRouteApi('/access/login');

export function LoginPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { redirect, signedOut } = loginRoute.useSearch();
  const continueAfterSignIn = useContinueAfterSignIn(redirect);
  const passwordId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const providers = useQuery({
    queryKey: ['auth', 'providers'],
    queryFn: () => accessApi.providers(api),
    staleTime: 5 * 60_000,
  });
  const login = useMutation({
    mutationFn: (credentials: { email: string; password: string }) =>
      accessApi.login(api, credentials),
    onSuccess: continueAfterSignIn,
    onError: () => {
      // The e-mail address stays as typed; the password is asked again, with the cursor in place.
      setPassword('');
      document.getElementById(passwordId)?.focus();
    },
  });
  const oidc = providers.data?.oidc ?? null;

  return (
    <>
      <PageHeader title={t('login.title')} description={<p>{t('login.intro')}</p>} />
      {signedOut && login.isIdle ? <Alert tone="success">{t('login.signedOut')}</Alert> : null}
      <Form
        error={login.error}
        aria-label={t('login.title')}
        onSubmit={() => login.mutate({ email: email.trim(), password })}
      >
        <TextField
          name="email"
          label={t('login.email')}
          autoComplete="username"
          inputMode="email"
          spellCheck="false"
          isRequired
          value={email}
          onChange={setEmail}
        />
        <TextField
          id={passwordId}
          name="password"
          type="password"
          label={t('login.password')}
          autoComplete="current-password"
          isRequired
          value={password}
          onChange={setPassword}
        />
        <Button type="submit" isPending={login.isPending} className="button--block">
          {t('login.submit')}
        </Button>
      </Form>
      {oidc === null ? null : (
        <div className="login-alternative">
          <p className="login-alternative__divider">
            <span>{t('login.or')}</span>
          </p>
          {/* A full page load on purpose: the identity provider lives outside this app. */}
          <a className={`${buttonClassName('secondary')} button--block`} href={oidc.startUrl}>
            {t('login.withProvider', { label: oidc.label })}
          </a>
        </div>
      )}
      <p className="access-help">{t('login.help')}</p>
    </>
  );
}
