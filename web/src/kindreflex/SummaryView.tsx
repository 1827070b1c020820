import type { GuideLocale } from '../../../src/kindreflex/guide-content.schema';
import {
  summaryHeadings,
  type GuideSummary,
  type SummaryItem,
} from '../../../src/kindreflex/guide-summary';
import { formatSummaryDate } from './summary-date';

function Items({ items, empty }: { items: SummaryItem[]; empty: string }) {
  if (items.length === 0) return <p className="kr-summary__empty">{empty}</p>;
  return (
    <dl className="kr-summary__items">
      {items.map((item) => (
        <div key={item.label} className="kr-summary__item">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The summary as the professional will file it; also what the print view shows, alone. */
export interface SummaryViewProps {
  summary: GuideSummary;
  locale: GuideLocale;
  /** Once a consult was requested: its reference belongs in the professional's file too. */
  consultLine: string | null;
}

export function SummaryView({ summary, locale, consultLine }: SummaryViewProps) {
  const h = summaryHeadings[locale];
  return (
    <article className="kr-summary" aria-labelledby="kr-summary-title">
      <h3 id="kr-summary-title" className="kr-summary__title">
        {h.title}
      </h3>
      <p className="kr-summary__meta">
        {h.date}: {formatSummaryDate(summary.date, locale)} · {h.sector}: {summary.sectorName} ·{' '}
        {h.version}: {summary.contentVersion}
      </p>
      <h4>{h.observations}</h4>
      <Items items={summary.observations} empty={h.nothing} />
      <h4>{h.considerations}</h4>
      <Items items={summary.considerations} empty={h.nothing} />
      <h4>{h.decisions}</h4>
      {summary.decisions.map((decision) => (
        <section key={decision.title} className="kr-summary__decision" aria-label={decision.title}>
          <p className="kr-summary__decision-title">{decision.title}</p>
          <Items items={decision.answers} empty={h.nothing} />
        </section>
      ))}
      {summary.outcome ? (
        <>
          <h4>{h.outcome}</h4>
          <p className="kr-summary__outcome">{summary.outcome.title}</p>
          <p>{summary.outcome.summary}</p>
          <ul className="kr-actions">
            {summary.outcome.actions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ul>
        </>
      ) : null}
      {consultLine ? (
        <>
          <h4>{h.consult}</h4>
          <p>{consultLine}</p>
        </>
      ) : null}
      <p className="kr-summary__note">{h.note}</p>
    </article>
  );
}
