import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { PageHeader, useDocumentTitle } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { BreakdownSection } from './BreakdownSection';
import { monitoringApi, type Catalogue, type PeriodType } from './monitoring.api';
import { currentMonth, shiftMonth, type MonitoringSearch } from './monitoring-search';
import { useMonitoringText } from './monitoring.text';
import { OverviewSection } from './OverviewSection';
import { SeriesSection } from './SeriesSection';
import './monitoring.css';

const route = getRouteApi('/app/monitoring');

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children}
    </div>
  );
}

/** Filters are kept as a draft until "Show", then written to the URL (which the sections read). */
function Filters({ catalogue, search }: { catalogue: Catalogue; search: Required<MonitoringSearch> }) {
  const { text, locale } = useMonitoringText();
  const navigate = route.useNavigate();
  const [draft, setDraft] = useState(search);
  const set = <K extends keyof MonitoringSearch>(key: K, value: Required<MonitoringSearch>[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const chosenRegions = draft.regions.split(',');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ search: draft });
  };
  const years = Array.from({ length: 6 }, (_, i) => Number(currentMonth().slice(0, 4)) - i);
  return (
    <form className="mon-filters" onSubmit={submit} aria-label={text.show}>
      <Field id="mon-year" label={text.year}>
        <select id="mon-year" className="field__input" value={draft.year} onChange={(e) => set('year', Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </Field>
      <Field id="mon-region" label={text.region}>
        <select id="mon-region" className="field__input" value={draft.region} onChange={(e) => set('region', e.target.value)}>
          {catalogue.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name[locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="mon-indicator" label={text.indicator}>
        <select id="mon-indicator" className="field__input" value={draft.indicator} onChange={(e) => set('indicator', e.target.value)}>
          {catalogue.indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name[locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="mon-period-type" label={text.periodType}>
        <select id="mon-period-type" className="field__input" value={draft.periodType} onChange={(e) => set('periodType', e.target.value as PeriodType)}>
          {(['month', 'quarter', 'year'] as const).map((p) => (
            <option key={p} value={p}>
              {text.periodTypes[p]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="mon-from" label={text.from}>
        <input id="mon-from" type="month" className="field__input" value={draft.from} onChange={(e) => set('from', e.target.value)} />
      </Field>
      <Field id="mon-to" label={text.to}>
        <input id="mon-to" type="month" className="field__input" value={draft.to} onChange={(e) => set('to', e.target.value)} />
      </Field>
      <Field id="mon-breakdown" label={text.breakdown}>
        <select id="mon-breakdown" className="field__input" value={draft.breakdown} onChange={(e) => set('breakdown', e.target.value)}>
          {catalogue.breakdowns.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name[locale]}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="mon-regions">
        <legend className="field__label">{text.regions}</legend>
        {catalogue.regions.map((r) => (
          <label key={r.code} className="mon-regions__option">
            <input
              type="checkbox"
              checked={chosenRegions.includes(r.code)}
              onChange={(e) => {
                const next = e.target.checked ? [...chosenRegions, r.code] : chosenRegions.filter((c) => c !== r.code);
                if (next.length > 0) set('regions', catalogue.regions.map((x) => x.code).filter((c) => next.includes(c)).join(','));
              }}
            />{' '}
            {r.name[locale]}
          </label>
        ))}
      </fieldset>
      <Button type="submit">{text.show}</Button>
    </form>
  );
}

function withDefaults(search: MonitoringSearch, catalogue: Catalogue): Required<MonitoringSearch> {
  const last = catalogue.months.last ?? currentMonth();
  const indicator = catalogue.indicators.find((i) => i.id === search.indicator) ?? catalogue.indicators[0];
  return {
    year: search.year ?? Number(last.slice(0, 4)),
    region: search.region ?? 'VL',
    indicator: indicator?.id ?? '',
    from: search.from ?? shiftMonth(last, -23),
    to: search.to ?? last,
    periodType: search.periodType ?? indicator?.periodType ?? 'month',
    regions: search.regions ?? 'VL,ANT,OVL',
    breakdown: search.breakdown ?? catalogue.breakdowns[0]?.id ?? '',
  };
}

/** Analysts' dashboard: key indicators against targets, trends per region, breakdowns. */
export function MonitoringPage() {
  const { text } = useMonitoringText();
  useDocumentTitle(text.title);
  const api = useApi();
  const search = route.useSearch();
  const catalogue = useQuery({ queryKey: ['monitoring', 'catalogue'], queryFn: ({ signal }) => monitoringApi.catalogue(api, signal) });
  if (catalogue.isPending) return <Spinner label={text.loading} />;
  if (catalogue.isError) return <Alert tone="error">{catalogue.error.message}</Alert>;
  const full = withDefaults(search, catalogue.data);
  const from = full.from <= full.to ? full.from : full.to;
  return (
    <>
      <PageHeader title={text.title} description={<p>{text.intro}</p>} />
      <Filters key={JSON.stringify(full)} catalogue={catalogue.data} search={full} />
      <p className="mon-note">{text.disclosure}</p>
      <nav aria-label={text.moreTitle} className="mon-downloads">
        <Link to="/monitoring/studies">{text.prevalenceLink}</Link>
        <Link to="/monitoring/studies" hash="st-import">
          {text.importLink}
        </Link>
        <Link to="/monitoring/studies" hash="st-report">
          {text.reportLink}
        </Link>
      </nav>
      <OverviewSection year={full.year} region={full.region} />
      <section className="section" aria-labelledby="mon-series">
        <h2 id="mon-series" className="section-title">
          {text.seriesTitle}
        </h2>
        <SeriesSection catalogue={catalogue.data} params={{ indicator: full.indicator, from, to: full.to, periodType: full.periodType, regions: full.regions.split(',') }} />
      </section>
      <section className="section" aria-labelledby="mon-breakdown-title">
        <h2 id="mon-breakdown-title" className="section-title">
          {text.breakdownTitle}
        </h2>
        <BreakdownSection catalogue={catalogue.data} id={full.breakdown} from={from} to={full.to} />
      </section>
    </>
  );
}
