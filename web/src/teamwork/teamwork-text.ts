// The words of the team-work section, Dutch (nl-BE) first and English.
import { useTranslation } from 'react-i18next';
import type { Discipline } from './teamwork.api';

const nl = {
  title: 'Teamwerk',
  team: 'Dossierteam', multidisciplinary: 'multidisciplinair', oneDiscipline: 'nog niet multidisciplinair', owner: 'verantwoordelijke', noDiscipline: 'discipline niet ingevuld',
  disciplines: { social_worker: 'maatschappelijk werker', psychologist: 'psycholoog', orthopedagogue: 'orthopedagoog', doctor: 'vertrouwensarts', criminologist: 'criminoloog', lawyer: 'jurist', other: 'andere' } as Record<Discipline, string>,
  tasks: 'Taken', tasksNone: 'Geen taken.', overdue: 'te laat', done: 'Klaar', markDone: 'Markeer als klaar: {title}', newTask: 'Nieuwe taak', taskTitle: 'Wat moet er gebeuren?', dueOn: 'Tegen', assignee: 'Voor wie', me: 'mezelf', addTask: 'Taak toevoegen', fromDecision: 'volgt uit een teambeslissing',
  newDecision: 'Teambeslissing noteren', subject: 'Onderwerp', decisionText: 'Wat werd beslist?', tookPart: 'Wie besliste mee (minstens twee collega’s)', recordDecision: 'Beslissing noteren',
  decisions: 'Teambeslissingen', decisionsNone: 'Nog geen teambeslissingen.', decidedBy: 'Besliste mee: {names}', why: 'Waarom', dissent: 'Afwijkende mening', superseded: 'vervangen door een latere beslissing',
  subjects: { safety: 'veiligheid', safety_plan: 'veiligheidsplan', recovery_plan: 'herstelplan', referral: 'doorverwijzing', disclosure: 'gegevensdeling', mano_start: 'start MANO', mano_outcome: 'uitkomst MANO', closure: 'afsluiting', other: 'andere' } as Record<string, string>,
  conferences: 'Casusoverleg', conferencesNone: 'Geen casusoverleg gepland.', agenda: 'Agenda', participants: 'Deelnemers',
  appointments: 'Afspraken', appointmentsNone: 'Geen afspraken.',
  myTasks: 'Mijn taken', myTasksNone: 'U hebt geen open taken.',
};
export type TeamworkText = typeof nl;

const en: TeamworkText = {
  title: 'Team work',
  team: 'Case team', multidisciplinary: 'multidisciplinary', oneDiscipline: 'not multidisciplinary yet', owner: 'case owner', noDiscipline: 'discipline not filled in',
  disciplines: { social_worker: 'social worker', psychologist: 'psychologist', orthopedagogue: 'orthopedagogue', doctor: 'confidential doctor', criminologist: 'criminologist', lawyer: 'lawyer', other: 'other' },
  tasks: 'Tasks', tasksNone: 'No tasks.', overdue: 'overdue', done: 'Done', markDone: 'Mark as done: {title}', newTask: 'New task', taskTitle: 'What needs to be done?', dueOn: 'By', assignee: 'For whom', me: 'myself', addTask: 'Add task', fromDecision: 'follows from a team decision',
  newDecision: 'Record a team decision', subject: 'Subject', decisionText: 'What was decided?', tookPart: 'Who decided (at least two colleagues)', recordDecision: 'Record decision',
  decisions: 'Team decisions', decisionsNone: 'No team decisions yet.', decidedBy: 'Decided with: {names}', why: 'Why', dissent: 'Dissent', superseded: 'superseded by a later decision',
  subjects: { safety: 'safety', safety_plan: 'safety plan', recovery_plan: 'recovery plan', referral: 'referral', disclosure: 'disclosure', mano_start: 'MANO start', mano_outcome: 'MANO outcome', closure: 'closure', other: 'other' },
  conferences: 'Case conferences', conferencesNone: 'No case conference planned.', agenda: 'Agenda', participants: 'Participants',
  appointments: 'Appointments', appointmentsNone: 'No appointments.',
  myTasks: 'My tasks', myTasksNone: 'You have no open tasks.',
};

export function useTeamworkText(): { text: TeamworkText; locale: string } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { text: en, locale: 'en' } : { text: nl, locale: 'nl-BE' };
}
