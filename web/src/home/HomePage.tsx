import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConsultFollowUpsDue } from '../consult/ConsultFollowUpsDue';
import { Alert } from '../ui/Alert';
import { Card } from '../ui/Card';
import { PageHeader } from '../ui/PageHeader';
import { roleHome } from './role-homes';

const appRoute = getRouteApi('/app');

/** Each role starts from its own work: what it can open now and what Schakel will bring it. */
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
      {user.role === 'counsellor' || user.role === 'caseworker' || user.role === 'team_lead' ? <ConsultFollowUpsDue /> : null}

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

      {home.upcoming.length === 0 ? null : (
        <section className="upcoming" aria-labelledby="upcoming-title">
          <h2 id="upcoming-title" className="section-title">
            {t('home.upcomingTitle')}
          </h2>
          <p className="section-intro">{t('home.upcomingIntro')}</p>
          <ul className="upcoming__list">
            {home.upcoming.map((capability) => (
              <li key={capability} className="upcoming__item">
                <h3 className="upcoming__name">{t(`capabilities.${capability}.title`)}</h3>
                <p>{t(`capabilities.${capability}.description`)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
