// The summary a professional keeps in their own file: what they observed, what they weighed,
// each decision with its answers, where the guide ended and the date. Built from the answers on
// the path actually taken. The page, the PDF, the print view and the consult form all use it, so
// the professional sends exactly what they saw.
import type { AnswerValue, Answers, GuideContent, GuideLocale, Question, SummarySection } from './guide-content.schema.js';
import { outcomeById, relevantAnswers, stepById, visibleQuestions, walk } from './guide-engine.js';

export interface SummaryItem {
  label: string;
  value: string;
}

export interface SummaryDecision {
  title: string;
  answers: SummaryItem[];
}

export interface GuideSummary {
  sector: string;
  sectorName: string;
  contentVersion: string;
  /** YYYY-MM-DD */
  date: string;
  observations: SummaryItem[];
  considerations: SummaryItem[];
  decisions: SummaryDecision[];
  outcome: { id: string; title: string; summary: string; actions: string[] } | null;
}

export const summaryHeadings: Record<GuideLocale, { title: string; date: string; sector: string; version: string; observations: string; considerations: string; decisions: string; outcome: string; nothing: string; note: string; consult: string }> = {
  'nl-BE': {
    title: 'Kindreflex: samenvatting',
    date: 'Datum',
    sector: 'Sector',
    version: 'Versie van de gids',
    observations: 'Wat ik zag en hoorde',
    considerations: 'Wat ik afwoog',
    decisions: 'Beslissingen',
    outcome: 'Uitkomst',
    nothing: 'Niets ingevuld.',
    note: 'Voor uw eigen dossier. Deze samenvatting bevat geen namen, tenzij u ze zelf hebt getypt.',
    consult: 'Consult aangevraagd',
  },
  en: {
    title: 'Kindreflex: summary',
    date: 'Date',
    sector: 'Sector',
    version: 'Guide version',
    observations: 'What I saw and heard',
    considerations: 'What I weighed',
    decisions: 'Decisions',
    outcome: 'Outcome',
    nothing: 'Nothing filled in.',
    note: 'For your own file. This summary contains no names, unless you typed them yourself.',
    consult: 'Consult requested',
  },
};

export function answerText(question: Question, value: AnswerValue, locale: GuideLocale): string {
  if (question.type === 'text') return typeof value === 'string' ? value.trim() : '';
  const chosen = Array.isArray(value) ? value : [value];
  return question.options
    .filter((o) => chosen.includes(o.id))
    .map((o) => o.label[locale])
    .join('; ');
}

export function buildSummary(content: GuideContent, answers: Answers, locale: GuideLocale, date: string): GuideSummary {
  const walked = walk(content, answers);
  const kept = relevantAnswers(content, answers, walked.steps);
  const sections: Record<Exclude<SummarySection, 'none'>, SummaryItem[]> = { observations: [], considerations: [] };
  const decisions: SummaryDecision[] = [];
  for (const stepId of walked.steps) {
    const step = stepById(content, stepId);
    if (!step) continue;
    const decided: SummaryItem[] = [];
    for (const question of visibleQuestions(step, answers)) {
      const value = kept[question.id];
      if (value === undefined) continue;
      const item = { label: question.label[locale], value: answerText(question, value, locale) };
      if (question.summary === 'none') decided.push(item);
      else sections[question.summary].push(item);
    }
    if (step.decision && decided.length > 0) decisions.push({ title: step.decision[locale], answers: decided });
  }
  const outcome = walked.outcome ? outcomeById(content, walked.outcome) : null;
  return {
    sector: content.sector,
    sectorName: content.name[locale],
    contentVersion: content.version,
    date,
    ...sections,
    decisions,
    outcome: outcome && { id: outcome.id, title: outcome.title[locale], summary: outcome.summary[locale], actions: outcome.actions.map((a) => a[locale]) },
  };
}

/** One section as plain text, for the consult form (which the professional can still edit). */
export function itemsAsText(items: readonly SummaryItem[]): string {
  return items.map((i) => `${i.label}\n${i.value}`).join('\n\n');
}

export function decisionsAsText(summary: GuideSummary): string {
  const lines = summary.decisions.map((d) => `${d.title}\n${d.answers.map((a) => `- ${a.label} ${a.value}`).join('\n')}`);
  if (summary.outcome) lines.push(`→ ${summary.outcome.title}`);
  return lines.join('\n\n');
}
