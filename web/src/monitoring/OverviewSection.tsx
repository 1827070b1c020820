import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Spinner } from '../ui/Spinner';
import { monitoringApi, type OverviewItem } from './monitoring.api';
import { formatValue, useMonitoringText } from './monitoring.text';

const trendArrow = { up: '↑', down: '↓', flat: '→', unknown: '' } as const;

/** One card per indicator: value, target, a light that is a word as well as a colour, trend. */
function IndicatorCard({ item, region }: { item: OverviewItem; region: string }) {
  const { text, locale } = useMonitoringText();
  const unit = item.indicator.unit;
  const value =
    item.status === 'suppressed' ? text.suppressedLong : item.status === 'no_data' ? text.noData : formatValue(item.value, unit, locale);
  const meaning = text.meaning[item.trendMeaning];
  return (
    <li className={`mon-card mon-card--${item.light}`}>
      <h3 className="mon-card__name">
        {item.indicator.name[locale]}
        {!item.indicator.regional && region !== 'VL' ? <span className="mon-card__unit"> ({text.flandersOnly})</span> : null}
      </h3>
      <p className="mon-card__value">
        {value} {item.status === 'ok' && unit !== 'percent' && unit !== 'count' ? <span className="mon-card__unit">{text.units[unit]}</span> : null}
      </p>
      <p className="mon-card__meta">
        {text.target}: {item.target === null ? text.noTarget : formatValue(item.target, unit, locale)}
        {item.light === 'none' ? null : <span className={`mon-light mon-light--${item.light}`}> · {text.light[item.light]}</span>}
      </p>
      <p className="mon-card__meta">
        {text.previous}: {item.previous === null ? '–' : formatValue(item.previous, unit, locale)} · <span aria-hidden="true">{trendArrow[item.trend]}</span>{' '}
        {text.trend[item.trend]}
        {meaning ? ` (${meaning})` : ''}
      </p>
      <p className="mon-card__description">{item.indicator.description[locale]}</p>
    </li>
  );
}

export function OverviewSection({ year, region }: { year: number; region: string }) {
  const { text } = useMonitoringText();
  const api = useApi();
  const overview = useQuery({ queryKey: ['monitoring', 'overview', year, region], queryFn: ({ signal }) => monitoringApi.overview(api, { year, region }, signal) });
  return (
    <section className="section" aria-labelledby="mon-overview">
      <h2 id="mon-overview" className="section-title">
        {text.overviewTitle} {year}
      </h2>
      {overview.isPending ? <Spinner label={text.loading} /> : null}
      {overview.isError ? <Alert tone="error">{overview.error.message}</Alert> : null}
      {overview.data ? (
        <ul className="mon-cards">
          {overview.data.items.map((item) => (
            <IndicatorCard key={item.indicator.id} item={item} region={region} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
