import { useQueryClient } from '@tanstack/react-query';
import { useContext, useState, useSyncExternalStore, type FormEvent } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { ApiError } from '../api/client';
import { replaceSession } from '../api/session';
import type { Session, SessionUser } from '../api/types';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { accessApi } from './access.api';
import { OneTimeCodeField } from './OneTimeCodeField';
import { ReauthContext } from './reauth';

/**
 * Shown over the page when a save met an expired session: the same person signs in again
 * (password, then the 2FA code) and the save goes through. The page and what was typed stay.
 * Someone else cannot take over the page: a different account is refused and sent to the login.
 */
export function SessionExpiredDialog({ user }: { user: SessionUser }) {
  const broker = useContext(ReauthContext);
  const subscribe = broker?.subscribe ?? (() => () => undefined);
  const open = useSyncExternalStore(subscribe, () => broker?.isPending ?? false);
  if (!broker || !open) return null;
  return <SignInAgain user={user} onDone={(signedIn) => broker.settle(signedIn)} />;
}

function SignInAgain({ user, onDone }: { user: SessionUser; onDone: (signedIn: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const attempt = async (call: () => Promise<Session>) => {
    setBusy(true);
    setError(null);
    try {
      const session = await call();
      if (!session.authenticated) throw new ApiError(401, 'unauthenticated', t('reauth.failed'));
      if (session.user.id !== user.id) return onDone(false);
      if (session.stage === 'mfa_challenge') {
        setStep('code');
        return;
      }
      if (session.stage !== 'complete') return onDone(false);
      replaceSession(queryClient, session);
      onDone(true);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('reauth.failed'));
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void attempt(() => (step === 'password' ? accessApi.login(api, { email: user.email, password }) : accessApi.verify(api, { code })));
  };

  return (
    <ModalOverlay className="modal-overlay" isOpen isDismissable={false} isKeyboardDismissDisabled>
      <Modal className="modal">
        <Dialog className="dialog" aria-labelledby="reauth-title">
          <Heading slot="title" id="reauth-title" className="dialog__title">
            {t('reauth.title')}
          </Heading>
          <form onSubmit={submit} className="dialog__body" aria-labelledby="reauth-title">
            <p>{t('reauth.intro', { email: user.email })}</p>
            {step === 'password' ? (
              <TextField name="password" type="password" label={t('login.password')} autoComplete="current-password" isRequired autoFocus value={password} onChange={setPassword} />
            ) : (
              <OneTimeCodeField value={code} onChange={setCode} />
            )}
            {error ? <Alert tone="error">{error}</Alert> : null}
            <div className="dialog__actions">
              <Button variant="secondary" isDisabled={busy} onPress={() => onDone(false)}>
                {t('reauth.leave')}
              </Button>
              <Button type="submit" isPending={busy}>
                {step === 'password' ? t('reauth.continue') : t('reauth.confirm')}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
