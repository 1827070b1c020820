import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { PageHeader, useDocumentTitle } from '../ui/PageHeader';
import { ImportWizard } from './ImportWizard';
import { downloadUrl } from './monitoring.api';
import { PrevalenceSection } from './PrevalenceSection';
import { RegistryCountsSection } from './RegistryCountsSection';
import { useStudiesText } from './studies.text';
import { SurveySection } from './SurveySection';
import './monitoring.css';

/** Combining figures: hidden prevalence, ACE surveys, registry imports and the annual report. */
export function StudiesPage() {
  const { text, locale } = useStudiesText();
  useDocumentTitle(text.title);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [reportLang, setReportLang] = useState<'nl' | 'en'>('nl');
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const regionNames: Record<string, string> =
    locale === 'en'
      ? { ANT: 'Antwerp', LIM: 'Limburg', OVL: 'East Flanders', WVL: 'West Flanders', VBR: 'Flemish Brabant', BRU: 'Brussels', VL: 'Flanders and Brussels' }
      : { ANT: 'Antwerpen', LIM: 'Limburg', OVL: 'Oost-Vlaanderen', WVL: 'West-Vlaanderen', VBR: 'Vlaams-Brabant', BRU: 'Brussel', VL: 'Vlaanderen en Brussel' };
  return (
    <>
      <PageHeader title={text.title} description={<p>{text.intro}</p>} />
      <p>
        <Link to="/monitoring">{text.back}</Link>
      </p>
      <div className="field mon-year">
        <label htmlFor="st-year" className="field__label">
          {text.year}
        </label>
        <select id="st-year" className="field__input" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <section className="section" aria-labelledby="st-prevalence">
        <h2 id="st-prevalence" className="section-title">
          {text.prevalenceTitle} {year}
        </h2>
        <PrevalenceSection year={year} />
        <RegistryCountsSection year={year} regionName={(code) => regionNames[code] ?? code} />
      </section>
      <section className="section" aria-labelledby="st-surveys">
        <h2 id="st-surveys" className="section-title">
          {text.surveyTitle}
        </h2>
        <SurveySection />
      </section>
      <section className="section" aria-labelledby="st-report">
        <h2 id="st-report" className="section-title">
          {text.reportTitle}
        </h2>
        <p>{text.reportIntro}</p>
        <div className="mon-filters">
          <div className="field">
            <label htmlFor="st-lang" className="field__label">
              {text.language}
            </label>
            <select id="st-lang" className="field__input" value={reportLang} onChange={(e) => setReportLang(e.target.value === 'en' ? 'en' : 'nl')}>
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          </div>
        </div>
        <p>
          <a className="button button--primary" href={downloadUrl('/api/monitoring/report.pdf', { year: String(year), lang: reportLang })} download>
            {text.download} {year}
          </a>
        </p>
      </section>
      <section className="section" aria-labelledby="st-import">
        <h2 id="st-import" className="section-title">
          {text.importTitle}
        </h2>
        <p>{text.importIntro}</p>
        <ImportWizard />
      </section>
    </>
  );
}
