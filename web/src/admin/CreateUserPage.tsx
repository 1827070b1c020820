import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { ROLES } from '../api/types';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { CheckboxGroupField } from '../ui/CheckboxGroupField';
import { Form } from '../ui/Form';
import { PageHeader } from '../ui/PageHeader';
import { SelectField } from '../ui/SelectField';
import { Spinner } from '../ui/Spinner';
import { TextField } from '../ui/TextField';
import { ADMIN_CENTRES_KEY, ADMIN_USERS_KEY, adminApi, type NewUser } from './admin.api';

const EMPTY_USER: NewUser = {
  email: '',
  displayName: '',
  role: '',
  centreId: '',
  teamIds: [],
  password: '',
};

export function CreateUserPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<NewUser>(EMPTY_USER);
  const centres = useQuery({
    queryKey: ADMIN_CENTRES_KEY,
    queryFn: () => adminApi.centres(api),
    staleTime: 5 * 60_000,
  });
  const create = useMutation({
    mutationFn: (user: NewUser) => adminApi.createUser(api, user),
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: ADMIN_USERS_KEY });
      await navigate({ to: '/admin/users', search: { created: user.id } });
    },
  });
  const update = (change: Partial<NewUser>) => setDraft((current) => ({ ...current, ...change }));
  const centre = centres.data?.find((candidate) => candidate.id === draft.centreId);

  return (
    <>
      <PageHeader title={t('newUser.title')} description={<p>{t('newUser.intro')}</p>} />
      {centres.isPending ? <Spinner /> : null}
      {centres.isError ? <Alert tone="error">{centres.error.message}</Alert> : null}
      {centres.isSuccess ? (
        <Form
          error={create.error}
          requiredHint
          aria-label={t('newUser.title')}
          className="form--narrow"
          onSubmit={() => create.mutate(draft)}
        >
          <TextField
            name="displayName"
            label={t('newUser.displayName')}
            autoComplete="off"
            isRequired
            value={draft.displayName}
            onChange={(displayName) => update({ displayName })}
          />
          <TextField
            name="email"
            label={t('newUser.email')}
            inputMode="email"
            autoComplete="off"
            spellCheck="false"
            isRequired
            value={draft.email}
            onChange={(email) => update({ email })}
          />
          <SelectField
            name="role"
            label={t('newUser.role')}
            isRequired
            options={ROLES.map((role) => ({ id: role, label: t(`roles.${role}`) }))}
            value={draft.role === '' ? null : draft.role}
            onChange={(role) =>
              update({ role: ROLES.find((candidate) => candidate === role) ?? '' })
            }
          />
          <SelectField
            name="centreId"
            label={t('newUser.centre')}
            isRequired
            options={centres.data.map((candidate) => ({ id: candidate.id, label: candidate.name }))}
            value={draft.centreId === '' ? null : draft.centreId}
            // Teams belong to a centre: a new centre empties the team choice.
            onChange={(centreId) => update({ centreId: centreId ?? '', teamIds: [] })}
          />
          <CheckboxGroupField
            name="teamIds"
            label={t('newUser.teams')}
            description={
              centre === undefined
                ? t('newUser.teamsChooseCentre')
                : centre.teams.length === 0
                  ? t('newUser.teamsNone')
                  : undefined
            }
            options={(centre?.teams ?? []).map((team) => ({ id: team.id, label: team.name }))}
            value={draft.teamIds}
            onChange={(teamIds) => update({ teamIds })}
          />
          <TextField
            name="password"
            type="password"
            label={t('newUser.password')}
            description={t('newUser.passwordHint')}
            autoComplete="new-password"
            isRequired
            value={draft.password}
            onChange={(password) => update({ password })}
          />
          <div className="button-row">
            <Button type="submit" isPending={create.isPending}>
              {t('newUser.submit')}
            </Button>
            <Link to="/admin/users" className="button button--quiet">
              {t('common.cancel')}
            </Link>
          </div>
        </Form>
      ) : null}
    </>
  );
}
