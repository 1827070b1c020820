// Words of the hand-off step (after a chat or a 1712 call): plain, and explicit about consent.
import { useTranslation } from 'react-i18next';

const nl = {
  title: 'Doorgeven aan een VK of CAW',
  intro: 'Alleen als het nodig is. Het VK krijgt een melding, vooraf ingevuld met deze registratie en uw samenvatting.',
  open: 'Doorgeven…',
  target: 'Naar wie?',
  targets: { vk: 'Vertrouwenscentrum Kindermishandeling (VK)', caw: 'CAW (hulp voor een volwassene)' } as Record<string, string>,
  province: 'Provincie van het VK',
  choose: 'Kies…',
  caw: 'CAW uit de partnerlijst',
  summary: 'Samenvatting: wat werd er verteld?',
  summaryHint: 'Het VK leest dit eerst. Schrijf wat u hoorde, niet wat u denkt.',
  consent: 'Toestemming voor het doorgeven',
  consents: { yes: 'Ja, er is toestemming', no: 'Nee, zonder toestemming' } as Record<string, string>,
  consentBy: 'Wie gaf toestemming?',
  consentGivers: { child: 'Het kind', caller: 'De beller', parent: 'Een ouder' } as Record<string, string>,
  transcript: 'Mag het gesprek zelf mee? (apart vragen aan het kind)',
  transcripts: { yes: 'Ja, het kind vindt het goed', no: 'Nee, alleen de samenvatting' } as Record<string, string>,
  legalBasis: 'Wettelijke grond zonder toestemming',
  bases: { '458bis_a': 'Art. 458bis (a): ernstig en dreigend gevaar', '458bis_b': 'Art. 458bis (b): andere minderjarigen in gevaar', state_of_necessity: 'Noodtoestand' } as Record<string, string>,
  basisReason: 'Waarom is het toch nodig?',
  send: 'Doorgeven',
  problems: 'Controleer deze velden:',
  done: 'Doorgegeven aan {recipient} op {date}.',
  doneConsent: 'Met toestemming.',
  doneTranscript: 'Het gesprek ging mee.',
  doneNoConsent: 'Zonder toestemming.',
};

export type HandoffText = typeof nl;

const en: HandoffText = {
  title: 'Hand off to a VK or CAW',
  intro: 'Only when needed. The VK receives a report, prefilled from this registration and your summary.',
  open: 'Hand off…',
  target: 'To whom?',
  targets: { vk: 'Child-abuse confidential centre (VK)', caw: 'CAW (help for an adult)' },
  province: 'Province of the VK',
  choose: 'Choose…',
  caw: 'CAW from the partner directory',
  summary: 'Summary: what was told?',
  summaryHint: 'The VK reads this first. Write what you heard, not what you think.',
  consent: 'Consent to hand off',
  consents: { yes: 'Yes, there is consent', no: 'No, without consent' },
  consentBy: 'Who gave consent?',
  consentGivers: { child: 'The child', caller: 'The caller', parent: 'A parent' },
  transcript: 'May the conversation itself follow? (ask the child separately)',
  transcripts: { yes: 'Yes, the child agrees', no: 'No, only the summary' },
  legalBasis: 'Legal basis without consent',
  bases: { '458bis_a': 'Art. 458bis (a): serious and imminent danger', '458bis_b': 'Art. 458bis (b): other minors in danger', state_of_necessity: 'State of necessity' },
  basisReason: 'Why is it necessary all the same?',
  send: 'Hand off',
  problems: 'Please check these fields:',
  done: 'Handed off to {recipient} on {date}.',
  doneConsent: 'With consent.',
  doneTranscript: 'The conversation went along.',
  doneNoConsent: 'Without consent.',
};

export function useHandoffText(): HandoffText {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? en : nl;
}
