import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { Card } from '../ui/Card';
import { PageHeader } from '../ui/PageHeader';
import { roleHome } from './role-homes';

const appRoute = getRouteApi('/app');

/** Each role starts from its own work: a card for each page it works in. */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = appRoute.useRouteContext();
  const home = roleHome(user.role);
  const teams = user.teams.map((team) => team.name).join(', ');

  return (
    <>
      <PageHeader
        title={t('home.welcome', { name: user.displayName })}
        description={
          <p>
            {t(`roles.${user.role}`)} · {user.centre.name}
            {teams === '' ? null : <> · {teams}</>}
          </p>
        }
      />
      {user.isDemo ? (
        <Alert tone="info" title={t('home.demoTitle')}>
          {t('layout.demoExplanation')}
        </Alert>
      ) : null}
      <p className="lead">{t(`home.intro.${user.role}`)}</p>

      {home.available.length === 0 ? null : (
        <div className="card-grid">
          {home.available.map(({ capability, to }) => (
            <Card key={capability} title={t(`capabilities.${capability}.title`)}>
              <p>{t(`capabilities.${capability}.description`)}</p>
              <Link to={to} className="card__link">
                {t(`capabilities.${capability}.open`)}
              </Link>
            </Card>
          ))}
        </div>
      )}

    </>
  );
}
