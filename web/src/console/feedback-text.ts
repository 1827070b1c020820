// Words of the supervisor's page with the post-chat feedback counts (staff: the polite "u").
import { useTranslation } from 'react-i18next';

const nl = {
  title: 'Feedback na de chat',
  intro: 'Na elk gesprek mag het kind één vraag beantwoorden: “Heb je iets aan dit gesprek gehad?”. Hier staat hoe vaak elk antwoord per maand werd gegeven. Antwoorden worden los van het gesprek geteld.',
  question: 'Heb je iets aan dit gesprek gehad?',
  month: 'Maand',
  total: 'Alle antwoorden',
  answers: { helped_a_lot: 'Ja, veel', helped_a_bit: 'Een beetje', not_really: 'Niet echt', not_at_all: 'Nee', rather_not: 'Liever niet zeggen' },
  withheld: 'afgeschermd',
  withheldNote: 'Aantallen van 1 tot {n}, en aantallen waaruit die af te leiden zijn, tonen we als “afgeschermd”: zo is geen antwoord tot één gesprek te herleiden.',
  from: 'Van (maand)',
  to: 'Tot en met (maand)',
  show: 'Toon',
  loading: 'Feedback laden…',
  empty: 'In deze periode werd geen feedback gegeven.',
  caption: 'Antwoorden per maand',
};

export type FeedbackText = typeof nl;

const en: FeedbackText = {
  title: 'Feedback after the chat',
  intro: 'After each conversation the child may answer one question: “Did this chat help you?”. This shows how often each answer was given per month. Answers are counted apart from the conversation.',
  question: 'Did this chat help you?',
  month: 'Month',
  total: 'All answers',
  answers: { helped_a_lot: 'Yes, a lot', helped_a_bit: 'A little', not_really: 'Not really', not_at_all: 'No', rather_not: 'Rather not say' },
  withheld: 'withheld',
  withheldNote: 'Counts from 1 to {n}, and counts they could be worked out from, are shown as “withheld”: that way no answer can be traced to one conversation.',
  from: 'From (month)',
  to: 'Up to and including (month)',
  show: 'Show',
  loading: 'Loading feedback…',
  empty: 'No feedback was given in this period.',
  caption: 'Answers per month',
};

export function useFeedbackText(): { text: FeedbackText; locale: 'nl-BE' | 'en' } {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? { text: en, locale: 'en' } : { text: nl, locale: 'nl-BE' };
}
