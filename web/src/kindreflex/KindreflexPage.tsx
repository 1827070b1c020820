// The public Kindreflex guide at /kindreflex: no account, no staff frame, nothing sent while the
// professional answers. A calm page that works on a phone in a corridor.
import { useEffect, useState } from 'react';
import { Brand } from '../app/Brand';
import { MAIN_ID, SkipLink } from '../app/SkipLink';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { PAGE_TITLE_ID, useDocumentTitle } from '../ui/PageHeader';
import { GuideOutcomeView, loadPdfModule } from './GuideOutcomeView';
import { GuideStart } from './GuideStart';
import { GuideStepView } from './GuideStepView';
import { useKindreflexText } from './kindreflex.text';
import { useGuide } from './useGuide';
import './kindreflex.css';
import './kindreflex-results.css';

function EmergencyBar() {
  const { text } = useKindreflexText();
  return (
    <div className="kr-emergency kr-no-print" role="region" aria-label={text.emergency}>
      <span>{text.emergency}</span>
      <a href="tel:112" className="kr-emergency__call">
        {text.emergencyCall}
      </a>
      <span>{text.emergencyPolice}</span>
    </div>
  );
}

export function KindreflexPage() {
  const { text, locale } = useKindreflexText();
  const guide = useGuide();
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(
    guide.content ? `${text.pageTitle} · ${guide.content.name[locale]}` : text.pageTitle,
  );

  // Everything the guide may need later is fetched now, before anything is typed.
  useEffect(() => {
    void loadPdfModule().catch(() => undefined);
  }, []);

  const forget = () => {
    guide.forget();
    setNotice(text.forgotten);
  };

  return (
    <div className="kr-shell">
      <SkipLink />
      <EmergencyBar />
      <header className="kr-header kr-no-print">
        <Brand />
        <LanguageSwitch />
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="kr-main">
        <h1 id={PAGE_TITLE_ID} tabIndex={-1} className="kr-title kr-no-print">
          {text.pageTitle}
          {guide.content ? (
            <span className="kr-title__sector">
              <span className="visually-hidden"> · </span>
              {guide.content.name[locale]}
            </span>
          ) : null}
        </h1>
        {guide.content ? null : <p className="kr-tagline">{text.tagline}</p>}
        {guide.step ? <GuideStepView guide={guide} step={guide.step} /> : null}
        {guide.atOutcome ? <GuideOutcomeView guide={guide} /> : null}
        {!guide.step && !guide.atOutcome ? <GuideStart guide={guide} notice={notice} /> : null}
        {guide.content ? (
          <div className="kr-forget kr-no-print">
            <button type="button" className="kr-link-button" onClick={forget}>
              {text.forget}
            </button>
          </div>
        ) : null}
      </main>
    </div>
  );
}
