import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ADMIN_USERS_KEY, adminApi, type AdminUser } from './admin.api';

export type UserActionDone = { kind: 'disabled' | 'mfaReset'; user: AdminUser };

interface UserActionProps {
  user: AdminUser;
  onDone: (done: UserActionDone) => void;
}

function useUserAction(
  kind: UserActionDone['kind'],
  user: AdminUser,
  onDone: UserActionProps['onDone'],
) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      kind === 'disabled' ? adminApi.disableUser(api, user.id) : adminApi.resetMfa(api, user.id),
    onSuccess: async () => {
      setOpen(false);
      onDone({ kind, user });
      await queryClient.invalidateQueries({ queryKey: ADMIN_USERS_KEY });
    },
  });
  const onOpenChange = (open: boolean) => {
    if (open) mutation.reset();
    setOpen(open);
  };
  return { isOpen, onOpenChange, mutation };
}

export function DisableUserAction({ user, onDone }: UserActionProps) {
  const { t } = useTranslation();
  const { isOpen, onOpenChange, mutation } = useUserAction('disabled', user, onDone);
  return (
    <ConfirmDialog
      triggerLabel={t('users.disable.action')}
      triggerAccessibleName={t('users.disable.actionFor', { name: user.displayName })}
      title={t('users.disable.title', { name: user.displayName })}
      confirmLabel={t('users.disable.confirm')}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      onConfirm={() => mutation.mutate()}
      isPending={mutation.isPending}
      errorMessage={mutation.error?.message ?? null}
    >
      <p>{t('users.disable.body')}</p>
    </ConfirmDialog>
  );
}

export function ResetMfaAction({ user, onDone }: UserActionProps) {
  const { t } = useTranslation();
  const { isOpen, onOpenChange, mutation } = useUserAction('mfaReset', user, onDone);
  return (
    <ConfirmDialog
      triggerLabel={t('users.resetMfa.action')}
      triggerAccessibleName={t('users.resetMfa.actionFor', { name: user.displayName })}
      title={t('users.resetMfa.title', { name: user.displayName })}
      confirmLabel={t('users.resetMfa.confirm')}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      onConfirm={() => mutation.mutate()}
      isPending={mutation.isPending}
      errorMessage={mutation.error?.message ?? null}
    >
      <p>{t('users.resetMfa.body')}</p>
    </ConfirmDialog>
  );
}
