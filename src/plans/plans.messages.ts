import { registerMessages } from '../platform/i18n.js';

registerMessages({
  'nl-BE': {
    plan_exists: 'Dit dossier heeft al een veiligheidsplan. Maak een nieuwe versie van dat plan.',
    plan_ended: 'Dit veiligheidsplan is beëindigd.',
    plan_duplicate_id: 'Twee onderdelen hebben hetzelfde kenmerk. Herlaad en probeer opnieuw.',
    plan_unknown_rule: 'Deze persoon controleert een afspraak die niet (meer) in het plan staat.',
    plan_review_in_past: 'Kies een evaluatiedatum vandaag of later.',
    plan_nothing_changed: 'Deze versie is gelijk aan de vorige: er is niets om op te slaan.',
    plan_sign_current_only: 'Alleen de huidige versie ({current}) kan ondertekend worden.',
    plan_next_review_needed: 'Kies de datum van de volgende evaluatie, na deze evaluatie.',
  },
  en: {
    plan_exists: 'This case already has a safety plan. Make a new version of that plan.',
    plan_ended: 'This safety plan has ended.',
    plan_duplicate_id: 'Two items have the same identifier. Reload and try again.',
    plan_unknown_rule: 'This person checks an agreement that is not (or no longer) in the plan.',
    plan_review_in_past: 'Choose a review date today or later.',
    plan_nothing_changed: 'This version is the same as the previous one: there is nothing to save.',
    plan_sign_current_only: 'Only the current version ({current}) can be signed.',
    plan_next_review_needed: 'Choose the date of the next review, after this review.',
  },
});
