// The periodic report, for the command line and the analyst's download button alike.
import type { Queryable } from '../platform/db.js';
import type { Locale } from '../platform/i18n.js';
import { gatherReportData, type Progress, type ReportExtras } from './report-data.js';
import { renderReportPdf } from './report-pdf.js';
import { prevalenceReportSection } from './prevalence.service.js';
import { surveyReportSection } from './surveys.service.js';

async function extras(q: Queryable, year: number, locale: Locale): Promise<ReportExtras> {
  return { prevalence: await prevalenceReportSection(q, year, locale), survey: await surveyReportSection(q, year, locale) };
}

export async function buildReport(q: Queryable, input: { year: number; locale: Locale; now?: Date }, progress: Progress = () => undefined): Promise<Buffer> {
  const data = await gatherReportData(q, { ...input, extras: (year) => extras(q, year, input.locale) }, progress);
  progress('pdf');
  return renderReportPdf(data, progress);
}
