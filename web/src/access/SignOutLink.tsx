import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { useSignOut } from './useSignOut';

/** A way out of the 2FA steps (someone else's account, no phone at hand): never a dead end. */
export function SignOutLink() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <div className="access-exit">
      {signOut.isError ? (
        <Alert tone="error" title={t('account.signOutFailed')}>
          {signOut.error.message}
        </Alert>
      ) : null}
      <Button
        variant="quiet"
        isPending={signOut.isPending}
        onPress={() => signOut.mutate('this-device')}
      >
        {t('account.cancelAndSignOut')}
      </Button>
    </div>
  );
}
