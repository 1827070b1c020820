import { registerMessages } from '../platform/i18n.js';

registerMessages({
  'nl-BE': {
    retention_dry_run_first: 'Doe eerst een proefrun en bekijk wat er verwijderd zou worden; daarna kan de opschoning.',
    retention_dry_run_stale: 'De proefrun is ouder dan 24 uur. Doe een nieuwe proefrun.',
    retention_policies_changed: 'De bewaartermijnen zijn gewijzigd sinds de proefrun. Doe een nieuwe proefrun.',
    retention_hold_lead_only: 'Alleen de teamverantwoordelijke van dit dossier kan het tegen opschonen bewaren of dat opheffen.',
  },
  en: {
    retention_dry_run_first: 'First make a dry run and look at what would be removed; then purge.',
    retention_dry_run_stale: 'The dry run is older than 24 hours. Make a new dry run.',
    retention_policies_changed: 'The retention periods changed since the dry run. Make a new dry run.',
    retention_hold_lead_only: "Only the lead of this case's team can put it on retention hold or release it.",
  },
});
