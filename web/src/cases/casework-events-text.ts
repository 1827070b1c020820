// How the chronology names what happened in team work, assessments, plans, partners and MANO,
// Dutch (nl-BE) first and English. Kinds not listed show as they are, so nothing is hidden.
const nl: Record<string, string> = {
  'case.track_changed': 'Traject gewijzigd',
  'ace.recorded': 'ACE-screening', 'ace.updated': 'ACE-screening aangepast',
  'safety_assessment.created': 'Veiligheidsinschatting gestart', 'safety_assessment.updated': 'Veiligheidsinschatting bijgewerkt', 'safety_assessment.completed': 'Veiligheidsinschatting afgerond', 'safety_scale.scored': 'Score op de veiligheidsschaal',
  'doubt.raised': 'Twijfel genoteerd', 'doubt.updated': 'Twijfel aangepast', 'doubt.resolved': 'Twijfel beantwoord',
  'safety_plan.created': 'Veiligheidsplan opgemaakt', 'safety_plan.revised': 'Nieuwe versie veiligheidsplan', 'safety_plan.revised_at_review': 'Nieuwe versie na evaluatie', 'safety_plan.signed': 'Akkoord gezin op het veiligheidsplan', 'safety_plan.consent_refused': 'Gezin niet akkoord met het veiligheidsplan', 'safety_plan.review_continue': 'Evaluatie: plan loopt verder', 'safety_plan.review_ended': 'Veiligheidsplan beëindigd',
  'recovery_plan.created': 'Herstelplan opgemaakt', 'recovery_plan.updated': 'Herstelplan bijgewerkt', 'recovery_plan.progress_noted': 'Voortgang herstelplan', 'recovery_plan.shared': 'Herstelplan gedeeld', 'recovery_plan.share_narrowed': 'Minder gedeeld van het herstelplan', 'recovery_plan.share_revoked': 'Herstelplan niet meer gedeeld',
  'team.discipline_set': 'Discipline in het team', 'task.added': 'Taak', 'task.done': 'Taak klaar', 'task.updated': 'Taak aangepast',
  'appointment.planned': 'Afspraak gepland', 'appointment.held': 'Afspraak gehouden', 'appointment.cancelled': 'Afspraak geannuleerd', 'appointment.missed': 'Afspraak gemist', 'appointment.updated': 'Afspraak aangepast',
  'conference.planned': 'Casusoverleg gepland', 'conference.held': 'Casusoverleg gehouden', 'conference.cancelled': 'Casusoverleg geannuleerd', 'conference.updated': 'Casusoverleg aangepast', 'decision.recorded': 'Teambeslissing',
  'referral.sent': 'Doorverwezen', 'referral.accepted': 'Doorverwijzing aanvaard', 'referral.waiting': 'Doorverwijzing: wachtlijst', 'referral.started': 'Hulp gestart na doorverwijzing', 'referral.refused': 'Doorverwijzing geweigerd', 'referral.withdrawn': 'Doorverwijzing ingetrokken',
  'disclosure.recorded': 'Gegevensdeling', 'disclosure.family_informed': 'Gezin geïnformeerd over gegevensdeling',
  'mano.started': 'MANO-traject gestart', 'mano.updated': 'MANO-traject aangepast', 'mano.family_informed': 'Gezin geïnformeerd over MANO', 'mano.concluded': 'MANO-traject afgerond', 'mano.letter_generated': 'Verwijzingsbrief opgemaakt', 'mano.letter_reviewed': 'Verwijzingsbrief nagelezen', 'mano.letter_sent': 'Verwijzingsbrief verstuurd',
};

const en: Record<string, string> = {
  'case.track_changed': 'Track changed',
  'ace.recorded': 'ACE screening', 'ace.updated': 'ACE screening changed',
  'safety_assessment.created': 'Safety assessment started', 'safety_assessment.updated': 'Safety assessment updated', 'safety_assessment.completed': 'Safety assessment completed', 'safety_scale.scored': 'Safety scale score',
  'doubt.raised': 'Doubt recorded', 'doubt.updated': 'Doubt changed', 'doubt.resolved': 'Doubt answered',
  'safety_plan.created': 'Safety plan made', 'safety_plan.revised': 'New safety plan version', 'safety_plan.revised_at_review': 'New version after review', 'safety_plan.signed': 'Family agreed to the safety plan', 'safety_plan.consent_refused': 'Family did not agree to the safety plan', 'safety_plan.review_continue': 'Review: plan continues', 'safety_plan.review_ended': 'Safety plan ended',
  'recovery_plan.created': 'Recovery plan made', 'recovery_plan.updated': 'Recovery plan updated', 'recovery_plan.progress_noted': 'Recovery plan progress', 'recovery_plan.shared': 'Recovery plan shared', 'recovery_plan.share_narrowed': 'Less of the recovery plan shared', 'recovery_plan.share_revoked': 'Recovery plan no longer shared',
  'team.discipline_set': 'Discipline in the team', 'task.added': 'Task', 'task.done': 'Task done', 'task.updated': 'Task changed',
  'appointment.planned': 'Appointment planned', 'appointment.held': 'Appointment held', 'appointment.cancelled': 'Appointment cancelled', 'appointment.missed': 'Appointment missed', 'appointment.updated': 'Appointment changed',
  'conference.planned': 'Case conference planned', 'conference.held': 'Case conference held', 'conference.cancelled': 'Case conference cancelled', 'conference.updated': 'Case conference changed', 'decision.recorded': 'Team decision',
  'referral.sent': 'Referred', 'referral.accepted': 'Referral accepted', 'referral.waiting': 'Referral: waiting list', 'referral.started': 'Help started after referral', 'referral.refused': 'Referral refused', 'referral.withdrawn': 'Referral withdrawn',
  'disclosure.recorded': 'Disclosure', 'disclosure.family_informed': 'Family informed about a disclosure',
  'mano.started': 'MANO track started', 'mano.updated': 'MANO track changed', 'mano.family_informed': 'Family informed about MANO', 'mano.concluded': 'MANO track concluded', 'mano.letter_generated': 'Referral letter generated', 'mano.letter_reviewed': 'Referral letter reviewed', 'mano.letter_sent': 'Referral letter sent',
};

export function caseworkEventLabel(kind: string, locale: string): string | undefined {
  return (locale === 'en' ? en : nl)[kind];
}
