// Demo advice and consult for `npm start`: every VK gets a handful of closed requests from
// professionals (a school, a GP, a childminder, a hospital, the police), some advised before they
// closed and some closed without advice, closed days to months ago. They go through the consult
// services as one of the centre's workers, so references, advice entries and audit events are the
// real ones; only their dates are moved back afterwards, so the list, the retention dry run and
// the monitoring show a history and not a single morning.
import { eq, sql } from 'drizzle-orm';
import { caseStaffOfTeams, vkCentres } from '../access/organisation.service.js';
import { systemCtx, type Ctx } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { registerConsult } from './consult-register.service.js';
import { changeConsultStatus, giveConsultAdvice } from './consult-workflow.service.js';
import type { RegisterConsultInput } from './consult.schema.js';
import { consultAdvice, consultRequests } from './consult.tables.js';

interface ClosedConsultScene {
  channel: RegisterConsultInput['channel'];
  sector: RegisterConsultInput['sector'];
  urgency: RegisterConsultInput['urgency'];
  role: string;
  organisation: string;
  question: string;
  /** Null: closed without advice (the professional went ahead with what they knew). */
  advice: string | null;
  closedDaysAgo: number;
}

const scenes: ClosedConsultScene[] = [
  { channel: 'phone', sector: 'school_clb', urgency: 'normal', role: 'Leerkracht', organisation: 'Basisschool De Regenboog', question: 'Een leerling van het vierde leerjaar komt sinds weken zonder ontbijt en in dezelfde kleren naar school. Hoe breng ik dit ter sprake bij de ouders?', advice: 'Eerst samen met de CLB-medewerker een gesprek met mama plannen; de zorgen concreet benoemen en over twee weken opvolgen.', closedDaysAgo: 12 },
  { channel: 'email', sector: 'gp', urgency: 'high', role: 'Huisarts', organisation: 'Huisartsenpraktijk Zonnebloem', question: 'Een peuter had bij twee consultaties blauwe plekken op ongewone plaatsen; de uitleg van papa wisselt. Moet ik dit melden?', advice: 'De letsels laten documenteren bij de pediater en het gezin vandaag nog aanmelden bij het VK; de arts mag dit op basis van art. 458bis.', closedDaysAgo: 34 },
  { channel: 'in_person', sector: 'childcare', urgency: 'normal', role: 'Onthaalouder', organisation: 'Kinderopvang Het Nestje', question: 'Een mama vertelt dat haar partner haar bedreigt waar de kinderen bij zijn. Wat kan ik doen zonder haar vertrouwen te verliezen?', advice: null, closedDaysAgo: 58 },
  { channel: 'phone', sector: 'hospital', urgency: 'acute', role: 'Sociaal werker', organisation: 'AZ Sint-Jan', question: 'Een baby van vier maanden is opgenomen met een breuk die de ouders niet kunnen verklaren. Hoe gaan we verder bij het ontslag?', advice: 'Ontslag uitstellen tot het multidisciplinair overleg; het VK sluit morgen aan. De ouders eerlijk informeren over de zorg.', closedDaysAgo: 96 },
  { channel: 'email', sector: 'police', urgency: 'normal', role: 'Wijkagent', organisation: 'Politiezone Rivierenland', question: 'Na een interventie voor huiselijk geweld vroegen de buren of er iemand naar de kinderen kijkt. Is het gezin bij jullie bekend?', advice: null, closedDaysAgo: 180 },
];

function asWorker(db: Db, userId: string, role: 'caseworker' | 'team_lead', centreId: string, teamId: string): Ctx {
  return { ...systemCtx(db, 'seed --demo'), actor: { userId, role, centreId, teamIds: [teamId], isDemo: true }, locale: 'nl-BE' };
}

/** Closed consult requests in every VK; returns how many. Deterministic: the same scenes everywhere. */
export async function seedConsultDemo(db: Db): Promise<number> {
  let made = 0;
  for (const centre of await vkCentres(db)) {
    const staff = await caseStaffOfTeams(db, centre.teams.map((t) => t.id));
    const worker = staff.find((s) => s.role === 'caseworker') ?? staff[0];
    const team = centre.teams.find((t) => t.id === worker?.teamId);
    if (!team || !worker) continue;
    const ctx = asWorker(db, worker.id, worker.role === 'team_lead' ? 'team_lead' : 'caseworker', centre.id, team.id);
    for (const scene of scenes) {
      let request = await registerConsult(ctx, {
        channel: scene.channel,
        sector: scene.sector,
        urgency: scene.urgency,
        professional: { name: '', role: scene.role, organisation: scene.organisation, phone: scene.channel === 'phone' ? '03 200 00 00' : '', email: scene.channel === 'email' ? 'zorg@voorbeeld.be' : '' },
        family: { named: false, children: [], parents: [] },
        question: scene.question,
        kindreflexStep: null,
        followUpOn: null,
      });
      if (scene.advice) request = await giveConsultAdvice(ctx, request.id, { version: request.version, text: scene.advice, followUpOn: null });
      await changeConsultStatus(ctx, request.id, { version: request.version, change: 'close' });
      // Asked a week before it closed; advised two days before.
      const closedAt = sql`now() - make_interval(days => ${scene.closedDaysAgo})`;
      await db.update(consultRequests).set({ createdAt: sql`${closedAt} - interval '7 days'`, updatedAt: closedAt, closedAt }).where(eq(consultRequests.id, request.id));
      await db.update(consultAdvice).set({ givenAt: sql`${closedAt} - interval '2 days'` }).where(eq(consultAdvice.requestId, request.id));
      made += 1;
    }
  }
  return made;
}
