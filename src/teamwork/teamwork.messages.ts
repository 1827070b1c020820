import { registerMessages } from '../platform/i18n.js';

registerMessages({
  'nl-BE': {
    teamwork_not_centre_staff: 'Deze persoon is geen medewerker van uw centrum die dossiers opvolgt.',
    teamwork_assignee_not_in_team: 'Kies iemand van het dossierteam (de verantwoordelijke of een teamlid).',
    teamwork_participant_needs_name: 'Vul de naam of de rol van deze deelnemer in.',
    teamwork_ends_before_start: 'Het einde ligt vóór het begin.',
    teamwork_decision_needs_team: 'Een teambeslissing neemt u met minstens twee collega’s: duid aan wie meebesliste.',
    teamwork_date_in_future: 'Deze datum ligt in de toekomst.',
    teamwork_supersedes_other_subject: 'Een beslissing kan alleen een eerdere beslissing over hetzelfde onderwerp in dit dossier vervangen.',
    teamwork_conference_not_planned: 'Dit overleg is al gehouden of geannuleerd: datum en deelnemers liggen vast.',
  },
  en: {
    teamwork_not_centre_staff: 'This person is not a member of your centre’s staff who works on cases.',
    teamwork_assignee_not_in_team: 'Choose someone of the case team (the owner or a member).',
    teamwork_participant_needs_name: 'Fill in the name or the role of this participant.',
    teamwork_ends_before_start: 'The end lies before the start.',
    teamwork_decision_needs_team: 'A team decision is taken with at least two colleagues: mark who took part.',
    teamwork_date_in_future: 'This date lies in the future.',
    teamwork_supersedes_other_subject: 'A decision can only supersede an earlier decision on the same subject in this case.',
    teamwork_conference_not_planned: 'This conference was already held or cancelled: its date and participants are fixed.',
  },
});
