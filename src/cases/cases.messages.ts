import { registerMessages } from '../platform/i18n.js';

registerMessages({
  'nl-BE': {
    case_unknown_term: 'Deze keuze bestaat niet (meer) in de lijst van uw centrum. Kies een andere.',
    case_unborn_with_birth_date: 'Een ongeboren kind heeft nog geen geboortedatum; vul de verwachte geboortedatum in.',
    case_expected_birth_only_unborn: 'Een verwachte geboortedatum geldt alleen voor een ongeboren kind.',
    case_birth_in_future: 'De geboortedatum ligt in de toekomst. Gaat het om een ongeboren kind?',
    case_reporter_anonymous: 'De melder wil anoniem blijven: laat naam, telefoon en e-mail leeg.',
    case_no_team: 'U hoort bij geen team. Vraag een beheerder om u aan een team toe te voegen.',
    case_team_not_yours: 'U kunt alleen registreren voor een team waar u deel van uitmaakt.',
    case_received_in_future: 'Het tijdstip van ontvangst ligt in de toekomst.',
    case_report_already_triaged: 'Over deze melding is al beslist. Herlaad om de beslissing te zien.',
    changed_meanwhile: 'Intussen gewijzigd door {who} ({when}).',
  },
  en: {
    case_unknown_term: 'This choice does not exist (any more) in your centre’s list. Choose another.',
    case_unborn_with_birth_date: 'An unborn child has no date of birth yet; fill in the expected date of birth.',
    case_expected_birth_only_unborn: 'An expected date of birth only applies to an unborn child.',
    case_birth_in_future: 'The date of birth lies in the future. Is this an unborn child?',
    case_reporter_anonymous: 'The reporter wants to stay anonymous: leave name, phone and e-mail empty.',
    case_no_team: 'You are not in any team. Ask an administrator to add you to a team.',
    case_team_not_yours: 'You can only register for a team you belong to.',
    case_received_in_future: 'The time of receipt lies in the future.',
    case_report_already_triaged: 'This report has already been decided. Reload to see the decision.',
    changed_meanwhile: 'Changed meanwhile by {who} ({when}).',
  },
});
