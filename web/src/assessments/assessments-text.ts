// The words of the assessments section, Dutch (nl-BE) first and English.
import { useTranslation } from 'react-i18next';
import type { AceAnswer, AceItem, DoubtKind, ScorerKind } from './assessments.api';

const nl = {
  title: 'Inschattingen',
  ace: 'ACE-screening',
  aceIntro: 'Tien categorieën van ingrijpende jeugdervaringen. Een screeningssignaal, nooit een oordeel over het gezin.',
  aceNone: 'Nog geen ACE-screening.',
  aceRecord: 'ACE-screening registreren',
  aboutWhom: 'Over wie',
  score: 'Score {score}/10',
  saveAce: 'Screening bewaren',
  items: {
    emotional_abuse: 'Emotioneel misbruik', physical_abuse: 'Fysiek misbruik', sexual_abuse: 'Seksueel misbruik', emotional_neglect: 'Emotionele verwaarlozing', physical_neglect: 'Fysieke verwaarlozing',
    mother_treated_violently: 'Geweld tegen moeder', household_substance_abuse: 'Middelengebruik in het gezin', household_mental_illness: 'Psychische problemen in het gezin', parental_separation: 'Scheiding van de ouders', incarcerated_household_member: 'Gezinslid in de gevangenis',
  } as Record<AceItem, string>,
  answers: { yes: 'ja', no: 'nee', unknown: 'weet niet', declined: 'wil niet zeggen' } as Record<AceAnswer, string>,
  safety: 'Veiligheidsinschatting',
  safetyNone: 'Nog geen veiligheidsinschatting.',
  worried: 'Waar maken we ons zorgen over?', working: 'Wat gaat goed?', needs: 'Wat moet er gebeuren?',
  harm: 'Schade', danger: 'Zorgformuleringen', complicating: 'Complicerende factoren', strengths: 'Krachten', existingSafety: 'Bestaande veiligheid', goals: 'Veiligheidsdoelen', nextSteps: 'Volgende stappen',
  completed: 'afgerond', draft: 'ontwerp',
  scale: 'Veiligheidsschaal (0 = het kind kan niet thuis blijven, 10 = veilig genoeg om af te sluiten)',
  disagreement: 'De scores liggen {spread} punten uit elkaar: bespreek het verschil.',
  addScore: 'Score toevoegen', scorer: 'Wie scoort', scorerLabel: 'Naam of rol (bv. mama)', scoreValue: 'Score (0–10)', explanation: 'Toelichting', saveScore: 'Score bewaren',
  scorers: { worker: 'Medewerker', parent: 'Ouder', child: 'Kind', partner: 'Partnerdienst', network: 'Netwerk' } as Record<ScorerKind, string>,
  doubts: 'Twijfels en open vragen',
  doubtsIntro: 'Wat we niet weten of waarover we het oneens zijn, en wat het zou beantwoorden.',
  doubtsNone: 'Geen twijfels genoteerd.',
  kinds: { doubt: 'Twijfel', open_question: 'Open vraag', disagreement: 'Meningsverschil' } as Record<DoubtKind, string>,
  question: 'Vraag of twijfel', whyItMatters: 'Waarom het ertoe doet', wouldResolve: 'Wat zou dit beantwoorden?', raise: 'Twijfel noteren', kind: 'Soort',
  answer: 'Antwoord', resolve: 'Beantwoorden', resolvedBy: 'Beantwoord door {name}', open: 'open',
  openDoubts: '{count} open twijfel(s) of vraag/vragen: zie hieronder.',
  start: 'Veiligheidsinschatting starten', edit: 'Inschatting bewerken', assessedOn: 'Datum van de inschatting',
  harmLabel: 'Schade: wat is er al gebeurd?', dangerItem: 'Zorgformulering {n}', addDanger: 'Zorgformulering toevoegen', remove: 'Verwijderen',
  worriedWho: 'Wie maakt zich zorgen?', worry: 'Waarover?', impact: 'Gevolg als er niets verandert', safetyGoal: 'Veiligheidsdoel',
  stepItem: 'Stap {n}', addStep: 'Stap toevoegen', stepWhat: 'Wat', stepWho: 'Wie', stepDue: 'Tegen wanneer',
  save: 'Inschatting bewaren', saved: 'Inschatting bewaard.', restored: 'Uw niet-bewaarde tekst van eerder is teruggezet.', discard: 'Concept weggooien',
  conflict: 'Een collega heeft deze inschatting intussen gewijzigd. Uw tekst staat nog in het formulier; wat nu bewaard is, staat onder het veld. Bewaar opnieuw om uw versie te houden.',
  savedNow: 'Nu bewaard:',
  complete: 'Inschatting afronden', completeHint: 'Afronden legt de inschatting vast zoals ze nu is: daarna kan niemand ze nog wijzigen. Nodig: de schade, zorgformuleringen met elk een doel en de score van de medewerker.',
};
export type AssessmentsText = typeof nl;

const en: AssessmentsText = {
  title: 'Assessments',
  ace: 'ACE screening',
  aceIntro: 'Ten categories of adverse childhood experiences. A screening signal, never a judgement about the family.',
  aceNone: 'No ACE screening yet.',
  aceRecord: 'Record an ACE screening',
  aboutWhom: 'About whom',
  score: 'Score {score}/10',
  saveAce: 'Save screening',
  items: {
    emotional_abuse: 'Emotional abuse', physical_abuse: 'Physical abuse', sexual_abuse: 'Sexual abuse', emotional_neglect: 'Emotional neglect', physical_neglect: 'Physical neglect',
    mother_treated_violently: 'Mother treated violently', household_substance_abuse: 'Household substance abuse', household_mental_illness: 'Household mental illness', parental_separation: 'Parental separation', incarcerated_household_member: 'Household member in prison',
  },
  answers: { yes: 'yes', no: 'no', unknown: 'don’t know', declined: 'declined' },
  safety: 'Safety assessment',
  safetyNone: 'No safety assessment yet.',
  worried: 'What are we worried about?', working: 'What is working well?', needs: 'What needs to happen?',
  harm: 'Harm', danger: 'Danger statements', complicating: 'Complicating factors', strengths: 'Strengths', existingSafety: 'Existing safety', goals: 'Safety goals', nextSteps: 'Next steps',
  completed: 'completed', draft: 'draft',
  scale: 'Safety scale (0 = the child cannot stay home, 10 = safe enough to close)',
  disagreement: 'The scores are {spread} points apart: discuss the difference.',
  addScore: 'Add a score', scorer: 'Who scores', scorerLabel: 'Name or role (e.g. mother)', scoreValue: 'Score (0–10)', explanation: 'Explanation', saveScore: 'Save score',
  scorers: { worker: 'Worker', parent: 'Parent', child: 'Child', partner: 'Partner service', network: 'Network' },
  doubts: 'Doubts and open questions',
  doubtsIntro: 'What we do not know or disagree about, and what would resolve it.',
  doubtsNone: 'No doubts recorded.',
  kinds: { doubt: 'Doubt', open_question: 'Open question', disagreement: 'Disagreement' },
  question: 'Question or doubt', whyItMatters: 'Why it matters', wouldResolve: 'What would resolve it?', raise: 'Record doubt', kind: 'Kind',
  answer: 'Answer', resolve: 'Answer it', resolvedBy: 'Answered by {name}', open: 'open',
  openDoubts: '{count} open doubt(s) or question(s): see below.',
  start: 'Start a safety assessment', edit: 'Edit the assessment', assessedOn: 'Date of the assessment',
  harmLabel: 'Harm: what has already happened?', dangerItem: 'Danger statement {n}', addDanger: 'Add a danger statement', remove: 'Remove',
  worriedWho: 'Who is worried?', worry: 'About what?', impact: 'Impact if nothing changes', safetyGoal: 'Safety goal',
  stepItem: 'Step {n}', addStep: 'Add a step', stepWhat: 'What', stepWho: 'Who', stepDue: 'By when',
  save: 'Save assessment', saved: 'Assessment saved.', restored: 'Your unsaved text from earlier has been restored.', discard: 'Discard draft',
  conflict: 'A colleague changed this assessment in the meantime. Your text is still in the form; what is saved now is shown under the field. Save again to keep your version.',
  savedNow: 'Saved now:',
  complete: 'Complete the assessment', completeHint: 'Completing records the assessment as it is now: after that nobody can change it. Needed: the harm, danger statements each with a goal, and the worker’s score.',
};

export function useAssessmentsText(): { text: AssessmentsText; locale: string } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { text: en, locale: 'en' } : { text: nl, locale: 'nl-BE' };
}
