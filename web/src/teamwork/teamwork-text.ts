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
  composeTeam: 'Dossierteam samenstellen', teamMembers: 'Teamleden (naast de verantwoordelijke)', saveTeam: 'Team bewaren',
  setDiscipline: 'Discipline en taak', setDisciplineOf: 'Discipline en taak van {name}', discipline: 'Discipline', memberTask: 'Wat doet deze collega in dit dossier?', saveDiscipline: 'Bewaren', choose: 'Kies…', draftRestored: 'Uw niet-bewaarde invoer van eerder is teruggezet.', saved: 'Bewaard.',
  planConference: 'Casusoverleg plannen', conferenceKind: 'Soort overleg', conferenceKinds: { team: 'teamoverleg', multidisciplinary: 'multidisciplinair overleg', network: 'netwerkoverleg (met partners)', family: 'overleg met het gezin' } as Record<string, string>,
  scheduledAt: 'Wanneer', agendaItem: 'Agendapunt {n}', addAgendaItem: 'Agendapunt toevoegen', removeAgendaItem: 'Agendapunt {n} weghalen', staffTakingPart: 'Collega’s die deelnemen', partnersTakingPart: 'Partners die deelnemen', addPartner: 'Partner toevoegen', partner: 'Partner {n}', partnerRole: 'Rol of naam contactpersoon', removePartner: 'Partner {n} weghalen', othersTakingPart: 'Gezin en anderen', addOther: 'Persoon toevoegen', otherKind: 'Wie', otherKinds: { family: 'gezin', other: 'andere' } as Record<string, string>, otherName: 'Naam of rol', removeOther: 'Persoon {n} weghalen', saveConference: 'Overleg plannen', conferencePlanned: 'Het overleg is gepland.',
  conferenceStatuses: { planned: 'gepland', held: 'gehouden', cancelled: 'geannuleerd' } as Record<string, string>,
  afterMeeting: 'Na het overleg: verslag', afterMeetingOf: 'Verslag van het overleg van {date}', notesOn: 'Wat werd besproken: {topic}', minutes: 'Verslag', markHeld: 'Verslag bewaren, overleg gehouden', saveMinutes: 'Verslag bewaren', cancelConference: 'Overleg annuleren', conferenceDecision: 'Beslissing van dit overleg noteren', minutesLabel: 'Verslag', decisionsOfConference: 'Beslissingen van dit overleg',
  followUps: 'Opvolging (taken die uit de beslissing volgen)', followUp: 'Taak {n}', addFollowUp: 'Taak toevoegen', removeFollowUp: 'Taak {n} weghalen',
  newAppointment: 'Afspraak toevoegen', appointmentKind: 'Soort afspraak', appointmentKinds: { home_visit: 'huisbezoek', office: 'gesprek op kantoor', phone: 'telefoon', video: 'videogesprek', school: 'op school', network_meeting: 'netwerkgesprek', other: 'andere' } as Record<string, string>,
  startsAt: 'Begin', endsAt: 'Einde', location: 'Waar', withWhom: 'Met wie', staffAttending: 'Collega’s', appointmentNote: 'Notitie', addAppointment: 'Afspraak toevoegen',
  appointmentStatuses: { planned: 'gepland', held: 'heeft plaatsgevonden', cancelled: 'geannuleerd', missed: 'niet opgedaagd' } as Record<string, string>, appointmentStatusOf: 'Afspraak van {date}: {status}', markAppointment: 'Markeer als',
  editConference: 'Overleg wijzigen', editConferenceOf: 'Overleg van {date} wijzigen', saveConferenceChanges: 'Wijzigingen bewaren', conferenceChanged: 'Het overleg is gewijzigd.', teamLead: 'teamverantwoordelijke', savedNow: 'Nu bewaard:', colleaguesHint: 'Eerst het dossierteam, dan de andere collega’s van uw centrum.',
  conflict: 'Een collega wijzigde dit intussen. De nieuwste versie staat nu op het scherm; uw invoer is bewaard: kijk na en bewaar opnieuw.',
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
  composeTeam: 'Compose the case team', teamMembers: 'Team members (besides the case owner)', saveTeam: 'Save team',
  setDiscipline: 'Discipline and task', setDisciplineOf: 'Discipline and task of {name}', discipline: 'Discipline', memberTask: 'What does this colleague do in this case?', saveDiscipline: 'Save', choose: 'Choose…', draftRestored: 'Your unsaved input from before has been restored.', saved: 'Saved.',
  planConference: 'Plan a case conference', conferenceKind: 'Kind of conference', conferenceKinds: { team: 'team meeting', multidisciplinary: 'multidisciplinary meeting', network: 'network meeting (with partners)', family: 'meeting with the family' },
  scheduledAt: 'When', agendaItem: 'Agenda item {n}', addAgendaItem: 'Add agenda item', removeAgendaItem: 'Remove agenda item {n}', staffTakingPart: 'Colleagues taking part', partnersTakingPart: 'Partners taking part', addPartner: 'Add partner', partner: 'Partner {n}', partnerRole: 'Role or name of the contact', removePartner: 'Remove partner {n}', othersTakingPart: 'Family and others', addOther: 'Add person', otherKind: 'Who', otherKinds: { family: 'family', other: 'other' }, otherName: 'Name or role', removeOther: 'Remove person {n}', saveConference: 'Plan conference', conferencePlanned: 'The conference is planned.',
  conferenceStatuses: { planned: 'planned', held: 'held', cancelled: 'cancelled' },
  afterMeeting: 'After the meeting: minutes', afterMeetingOf: 'Minutes of the conference of {date}', notesOn: 'What was discussed: {topic}', minutes: 'Minutes', markHeld: 'Save minutes, conference held', saveMinutes: 'Save minutes', cancelConference: 'Cancel conference', conferenceDecision: 'Record a decision of this conference', minutesLabel: 'Minutes', decisionsOfConference: 'Decisions of this conference',
  followUps: 'Follow-up (tasks that follow from the decision)', followUp: 'Task {n}', addFollowUp: 'Add task', removeFollowUp: 'Remove task {n}',
  newAppointment: 'Add appointment', appointmentKind: 'Kind of appointment', appointmentKinds: { home_visit: 'home visit', office: 'meeting at the office', phone: 'phone', video: 'video call', school: 'at school', network_meeting: 'network meeting', other: 'other' },
  startsAt: 'Start', endsAt: 'End', location: 'Where', withWhom: 'With whom', staffAttending: 'Colleagues', appointmentNote: 'Note', addAppointment: 'Add appointment',
  appointmentStatuses: { planned: 'planned', held: 'took place', cancelled: 'cancelled', missed: 'did not show up' }, appointmentStatusOf: 'Appointment of {date}: {status}', markAppointment: 'Mark as',
  editConference: 'Change conference', editConferenceOf: 'Change the conference of {date}', saveConferenceChanges: 'Save changes', conferenceChanged: 'The conference was changed.', teamLead: 'team lead', savedNow: 'Saved now:', colleaguesHint: 'The case team first, then the other colleagues of your centre.',
  conflict: 'A colleague changed this meanwhile. The latest version is now on screen; your input is kept: check and save again.',
};

export function useTeamworkText(): { text: TeamworkText; locale: string } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { text: en, locale: 'en' } : { text: nl, locale: 'nl-BE' };
}
