// Renders the MANO referral letter to the prosecutor as a PDF. Only what the content holds is
// printed; the content is assembled (and redacted) by prosecutor-letter.content.ts. The document
// properties carry no names: a file's metadata travels further than its pages.
import PDFDocument from 'pdfkit';
import { toWinAnsi } from './letter-text.js';

export interface LetterContent {
  centreName: string;
  caseNumber: string;
  prosecutorName: string;
  date: string;
  children: { name: string; dateOfBirth: string | null; expectedBirth: string | null }[];
  track: {
    startedOn: string;
    dueOn: string;
    familyInformedOn: string | null;
    familyInformedHow: string;
    developmentThreatened: boolean;
    integrityHarmed: boolean;
    voluntaryHelp: 'stuck' | 'refused';
    helpOffered: string;
    justification: string;
  };
  startDecision: { decidedOn: string; decision: string; rationale: string; staffCount: number };
  outcomeDecision: { decidedOn: string; decision: string; rationale: string; staffCount: number };
  outcomeOn: string;
  outcomeRationale: string;
  concerns: { assessedOn: string; harm: string; dangerStatements: { worriedWho: string; worry: string; impact: string }[] } | null;
  author: string;
}

const day = (iso: string | null) => (iso ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : '—');
const yesNo = (b: boolean) => (b ? 'ja' : 'nee');

export async function renderProsecutorLetter(c: LetterContent): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Verwijzing na maatschappelijke noodzaak (MANO)', Author: toWinAnsi(c.centreName), Subject: 'Vertrouwelijk' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 112;
  const text = (s: string, options: PDFKit.Mixins.TextOptions = {}) => doc.text(toWinAnsi(s), { width, ...options });
  const heading = (s: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11);
    text(s);
    doc.font('Helvetica').fontSize(10.5).moveDown(0.2);
  };
  const line = (label: string, value: string) => {
    doc.font('Helvetica-Bold');
    text(`${label}: `, { continued: true });
    doc.font('Helvetica');
    text(value);
  };

  doc.font('Helvetica-Bold').fontSize(13);
  text(c.centreName);
  doc.font('Helvetica').fontSize(10.5).moveDown(0.5);
  line('Aan', `${c.prosecutorName} – procureur des Konings, sectie jeugd en gezin`);
  line('Datum', day(c.date));
  line('Ons kenmerk', c.caseNumber);
  line('Betreft', 'verwijzing na maatschappelijke noodzaak (MANO)');
  doc.moveDown(0.8);
  text('Geachte procureur des Konings,');
  doc.moveDown(0.4);
  text(
    `Het team van ${c.centreName} besliste op ${day(c.outcomeDecision.decidedOn)} dat hulp in de situatie van het kind of de kinderen hieronder maatschappelijk noodzakelijk is, en dat de betrokkenen niet meewerken aan vrijwillige hulp. Daarom verwijzen wij deze situatie naar u.`,
  );

  heading('1. Kind(eren)');
  for (const child of c.children) text(`• ${child.name}${child.dateOfBirth ? `, geboren op ${day(child.dateOfBirth)}` : child.expectedBirth ? `, ongeboren (verwacht ${day(child.expectedBirth)})` : ''}`);

  heading('2. Het MANO-traject');
  line('Start', `${day(c.track.startedOn)} (teambeslissing van ${day(c.startDecision.decidedOn)}, ${c.startDecision.staffCount} medewerkers)`);
  line('Termijn', `65 werkdagen, tot ${day(c.track.dueOn)}`);
  line('Gezin geïnformeerd', c.track.familyInformedOn ? `${day(c.track.familyInformedOn)}${c.track.familyInformedHow ? ` (${c.track.familyInformedHow})` : ''}` : 'nee');
  line('Ontwikkeling bedreigd', yesNo(c.track.developmentThreatened));
  line('Integriteit aangetast', yesNo(c.track.integrityHarmed));
  line('Vrijwillige hulp', c.track.voluntaryHelp === 'refused' ? 'geweigerd' : 'vastgelopen');
  heading('3. Aangeboden hulp');
  text(c.track.helpOffered);
  heading('4. Motivering van de maatschappelijke noodzaak');
  text(c.track.justification);
  text(c.startDecision.rationale);

  if (c.concerns) {
    heading(`5. Waarover wij bezorgd zijn (veiligheidsinschatting van ${day(c.concerns.assessedOn)})`);
    if (c.concerns.harm) text(c.concerns.harm);
    for (const d of c.concerns.dangerStatements) text(`• ${d.worriedWho} is bezorgd dat ${d.worry} Als er niets verandert: ${d.impact}`);
  }

  heading(`${c.concerns ? 6 : 5}. Beslissing over de uitkomst (${day(c.outcomeOn)})`);
  text(c.outcomeDecision.decision);
  text(c.outcomeDecision.rationale);
  if (c.outcomeRationale) text(c.outcomeRationale);

  doc.moveDown(1.2);
  text('Met vriendelijke groeten,');
  text(`${c.author}, namens het team van ${c.centreName}`);
  doc.moveDown(1.5).fontSize(8.5).fillColor('#555555');
  text('Vertrouwelijk – gedeeld op grond van de maatschappelijke noodzaak (MANO). Dit document vermeldt de melder niet.');
  doc.end();
  return finished;
}
