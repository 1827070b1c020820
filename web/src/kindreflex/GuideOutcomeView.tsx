import { useEffect, useMemo, useRef, useState } from 'react';
import type { Outcome } from '../../../src/kindreflex/guide-content.schema';
import { outcomeById, walk } from '../../../src/kindreflex/guide-engine';
import { buildSummary } from '../../../src/kindreflex/guide-summary';
import { Button } from '../ui/Button';
import { cx } from '../ui/cx';
import { CompletionConsent } from './CompletionConsent';
import { ConsultRequestForm, ConsultSent } from './ConsultRequestForm';
import type { ConsultRequestCreated } from './kindreflex.api';
import { fill, useKindreflexText } from './kindreflex.text';
import { formatSummaryDate, localDate } from './summary-date';
import { SummaryView } from './SummaryView';
import type { Guide } from './useGuide';

// Started when the guide opens (see KindreflexPage), so that making the PDF needs no request
// after the professional has begun typing.
export const loadPdfModule = () => import('./summary-pdf');

function OutcomeAdvice({ outcome }: { outcome: Outcome }) {
  const { text, locale } = useKindreflexText();
  return (
    <>
      <h3 className="kr-panel__title">{text.whatToDo}</h3>
      <ul className="kr-actions">
        {outcome.actions.map((action) => (
          <li key={action['nl-BE']}>{action[locale]}</li>
        ))}
      </ul>
      {outcome.contacts.length > 0 ? (
        <ul className="kr-contacts" aria-label={text.contacts}>
          {outcome.contacts.map((contact) => (
            <li key={contact.label['nl-BE']} className="kr-contacts__item">
              <span className="kr-contacts__label">{contact.label[locale]}</span>
              {contact.website ? <span className="kr-muted">{contact.website}</span> : null}
              {contact.phone ? (
                <a className="kr-contacts__phone" href={`tel:${contact.phone}`}>
                  {fill(text.call, { phone: contact.phone })}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {outcome.legal.length > 0 ? (
        <details className="kr-legal">
          <summary>{text.legalTitle}</summary>
          {outcome.legal.map((paragraph) => (
            <p key={paragraph['nl-BE']}>{paragraph[locale]}</p>
          ))}
        </details>
      ) : null}
    </>
  );
}

export function GuideOutcomeView({ guide }: { guide: Guide }) {
  const { text, locale } = useKindreflexText();
  const content = guide.content!;
  const outcomeId = walk(content, guide.answers).outcome!;
  const outcome = outcomeById(content, outcomeId);
  const summary = useMemo(
    () => buildSummary(content, guide.answers, locale, localDate()),
    [content, guide.answers, locale],
  );
  const [counted, setCounted] = useState(false);
  const [sent, setSent] = useState<ConsultRequestCreated | null>(null);
  const [consultOpen, setConsultOpen] = useState(outcome.consultRequest === 'primary');
  const [pdfFailed, setPdfFailed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
    window.scrollTo({ top: 0 });
  }, []);

  const consultLine = sent
    ? fill(text.consultLine, {
        reference: sent.reference,
        centre: sent.centreName,
        date: formatSummaryDate(sent.expectedResponseBy, locale),
      })
    : null;

  const downloadSummary = async () => {
    setPdfFailed(false);
    try {
      const { summaryPdf, downloadPdf } = await loadPdfModule();
      downloadPdf(await summaryPdf(summary, locale, consultLine), `kindreflex-${summary.date}.pdf`);
    } catch {
      setPdfFailed(true);
    }
  };

  const isPrimary = outcome.consultRequest === 'primary';
  const consultSection = (
    <section
      className={cx('kr-panel kr-no-print', isPrimary && 'kr-panel--primary')}
      aria-labelledby="kr-consult-title"
    >
      <h2 id="kr-consult-title" className="kr-panel__title">
        {text.consultTitle}
      </h2>
      {outcome.consultRequest === 'unavailable' ? (
        <p>{text.consultUnavailable}</p>
      ) : sent ? (
        <ConsultSent created={sent} />
      ) : (
        <>
          <p>{text.consultIntro}</p>
          {consultOpen ? (
            <ConsultRequestForm
              content={content}
              outcome={outcome.id}
              summary={summary}
              counted={counted}
              onSent={setSent}
            />
          ) : (
            <Button variant="secondary" onPress={() => setConsultOpen(true)}>
              {text.consultOpen}
            </Button>
          )}
        </>
      )}
    </section>
  );

  return (
    <div className="kr-outcome">
      <section
        className={cx(
          'kr-result kr-no-print',
          outcome.id === 'acute_danger' && 'kr-result--urgent',
        )}
        aria-labelledby="kr-outcome-title"
      >
        <p className="kr-step__number kr-no-print">{text.outcomeHeading}</p>
        <h2 id="kr-outcome-title" ref={headingRef} tabIndex={-1} className="kr-result__title">
          {outcome.title[locale]}
        </h2>
        <p className="kr-result__summary">{outcome.summary[locale]}</p>
        <div className="kr-no-print">
          <OutcomeAdvice outcome={outcome} />
        </div>
      </section>

      {isPrimary ? consultSection : null}

      <section className="kr-panel" aria-labelledby="kr-summary-heading">
        <h2 id="kr-summary-heading" className="kr-panel__title kr-no-print">
          {text.summaryHeading}
        </h2>
        <p className="kr-no-print">{text.summaryIntro}</p>
        <div className="kr-buttons kr-no-print">
          <Button onPress={() => void downloadSummary()}>{text.downloadPdf}</Button>
          <Button variant="secondary" onPress={() => window.print()}>
            {text.print}
          </Button>
          <Button variant="quiet" onPress={() => guide.back()}>
            {text.changeAnswers}
          </Button>
        </div>
        {pdfFailed ? (
          <p role="alert" className="kr-step__missing">
            {text.pdfFailed}
          </p>
        ) : null}
        <SummaryView summary={summary} locale={locale} consultLine={consultLine} />
      </section>

      <CompletionConsent
        content={content}
        outcome={outcome.id}
        counted={counted || (sent?.counted ?? false)}
        onCounted={() => setCounted(true)}
      />

      {isPrimary ? null : consultSection}
    </div>
  );
}
