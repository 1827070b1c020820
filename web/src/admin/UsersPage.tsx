import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { buttonClassName } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { formatDateTime } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { Table, type TableColumn } from '../ui/Table';
import { ADMIN_USERS_KEY, adminApi, type AdminUser } from './admin.api';
import { DisableUserAction, ResetMfaAction, type UserActionDone } from './UserActions';

const usersRoute = getRouteApi('/app/admin/users');
const appRoute = getRouteApi('/app');

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { created } = usersRoute.useSearch();
  const { user: currentUser } = appRoute.useRouteContext();
  const [lastAction, setLastAction] = useState<UserActionDone | null>(null);
  const users = useQuery({ queryKey: ADMIN_USERS_KEY, queryFn: () => adminApi.users(api) });
  const createdUser =
    created === undefined ? undefined : users.data?.find((user) => user.id === created);

  const columns: TableColumn<AdminUser>[] = [
    {
      id: 'name',
      header: t('users.table.name'),
      isRowHeader: true,
      cell: (user) => (
        <>
          {user.displayName}
          {user.isDemo ? (
            <>
              {' '}
              <Badge tone="demo">{t('layout.demoBadge')}</Badge>
            </>
          ) : null}
          <span className="table__secondary">{user.email}</span>
        </>
      ),
    },
    { id: 'role', header: t('users.table.role'), cell: (user) => t(`roles.${user.role}`) },
    {
      id: 'centre',
      header: t('users.table.centre'),
      cell: (user) => (
        <>
          {user.centre.name}
          {user.teams.length === 0 ? null : (
            <span className="table__secondary">
              {user.teams.map((team) => team.name).join(', ')}
            </span>
          )}
        </>
      ),
    },
    {
      id: 'status',
      header: t('users.table.status'),
      cell: (user) => (
        <span className="badge-stack">
          {user.disabled ? (
            <Badge tone="negative">{t('users.status.disabled')}</Badge>
          ) : (
            <Badge tone="positive">{t('users.status.active')}</Badge>
          )}
          {user.mfaEnrolled ? (
            <Badge>{t('users.status.mfaOn')}</Badge>
          ) : (
            <Badge>{t('users.status.mfaOff')}</Badge>
          )}
        </span>
      ),
    },
    {
      id: 'lastLogin',
      header: t('users.table.lastLogin'),
      className: 'table__cell--nowrap',
      cell: (user) =>
        user.lastLoginAt === null ? (
          <span className="muted">{t('users.neverSignedIn')}</span>
        ) : (
          formatDateTime(user.lastLoginAt, i18n.language)
        ),
    },
    {
      id: 'actions',
      header: t('users.table.actions'),
      cell: (user) =>
        user.id === currentUser.id ? (
          <span className="muted">{t('users.you')}</span>
        ) : (
          <span className="button-row button-row--compact">
            {user.mfaEnrolled && !user.disabled ? (
              <ResetMfaAction user={user} onDone={setLastAction} />
            ) : null}
            {user.disabled ? null : <DisableUserAction user={user} onDone={setLastAction} />}
          </span>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={<p>{t('users.intro')}</p>}
        actions={
          <Link to="/admin/users/new" className={buttonClassName('primary')}>
            {t('users.new')}
          </Link>
        }
      />
      {createdUser !== undefined && lastAction === null ? (
        <Alert tone="success">{t('users.created', { name: createdUser.displayName })}</Alert>
      ) : null}
      {lastAction === null ? null : (
        <Alert tone="success">
          {lastAction.kind === 'disabled'
            ? t('users.disable.done', { name: lastAction.user.displayName })
            : t('users.resetMfa.done', { name: lastAction.user.displayName })}
        </Alert>
      )}
      {users.isPending ? <Spinner /> : null}
      {users.isError ? <Alert tone="error">{users.error.message}</Alert> : null}
      {users.isSuccess && users.data.length === 0 ? <EmptyState title={t('users.empty')} /> : null}
      {users.isSuccess && users.data.length > 0 ? (
        <Table
          caption={t('users.table.caption')}
          captionHidden
          columns={columns}
          rows={users.data}
          rowKey={(user) => user.id}
        />
      ) : null}
    </>
  );
}
