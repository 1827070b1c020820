// Demo case work for `npm start`, on a share of the demo cases of every VK: ACE screenings,
// safety assessments with each person's score and open doubts, safety plans (some due for
// review), recovery plans shared with a partner, team decisions and tasks, referrals with
// their disclosures, and MANO tracks (one concluded, with its letter awaiting review). It goes
// through the services, acting as the case owner, so every rule, timeline line and audit event
// is the real one.
import { recordAce } from '../assessments/ace.service.js';
import { raiseDoubt, resolveDoubt } from '../assessments/doubts.service.js';
import { addScaleScore, completeSafetyAssessment, createSafetyAssessment } from '../assessments/safety-assessment.service.js';
import type { Role } from '../access/permissions.js';
import { activeCasesOfTeam, personsOfCase } from '../cases/case-facts.js';
import { brusselsDaysAgo } from '../cases/deadlines/working-days.js';
import { SeededRandom } from '../cases/seed/random.js';
import { caseStaffOfTeams, vkCentres } from '../access/organisation.service.js';
import { concludeMano, startMano } from '../mano/mano.service.js';
import { generateProsecutorLetter } from '../mano/prosecutor-letter.service.js';
import { listPartners } from '../partners/partner-directory.service.js';
import { changeReferralStatus, createReferral } from '../partners/referrals.service.js';
import { createRecoveryPlan } from '../plans/recovery-plan.service.js';
import { shareRecoveryPlan } from '../plans/recovery-plan-share.service.js';
import { createSafetyPlan, saveSafetyPlanVersion, signSafetyPlan } from '../plans/safety-plan.service.js';
import { systemCtx, type Ctx } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { centreSeeds } from '../seed/organisation.js';
import { aceItems, type AceAnswer, type AceItem } from '../assessments/assessments.tables.js';
import { setDiscipline } from './case-team.service.js';
import { recordDecision } from './decisions.service.js';
import { addTask } from './tasks.service.js';

// Dates counted on the Brussels calendar (never n × 24 h: off by one across a DST change).
const daysAgo = (n: number) => brusselsDaysAgo(n);
const inDays = (n: number) => brusselsDaysAgo(-n);

export interface CaseworkDemoFigures {
  assessed: number;
  manoTracks: number;
}

interface DemoCase {
  id: string;
  centreId: string;
  ownerId: string;
  memberIds: string[];
}

function asOwner(db: Db, c: DemoCase, role: Role, teamId: string): Ctx {
  return { ...systemCtx(db, 'seed --demo'), actor: { userId: c.ownerId, role, centreId: c.centreId, teamIds: [teamId], isDemo: true }, locale: 'nl-BE' };
}

async function partnerOf(ctx: Ctx, kind: 'mental_health' | 'ocj' | 'prosecutor', province: string) {
  return (await listPartners(ctx, { kind, province, includeInactive: 'false' })).find((p) => p.province === province)!;
}

async function assessAndPlan(ctx: Ctx, c: DemoCase, colleague: string, province: string, rng: SeededRandom, index: number): Promise<void> {
  const persons = await personsOfCase(ctx.db, c.id);
  const child = persons.find((p) => p.kind === 'child');
  const parent = persons.find((p) => p.kind === 'parent');
  if (!child) return;
  const answers = Object.fromEntries(aceItems.map((item) => [item, rng.weighted<AceAnswer>([['no', 70], ['yes', 22], ['unknown', 8]])])) as Record<AceItem, AceAnswer>;
  await recordAce(ctx, c.id, { personId: child.id, answers, note: '' });

  const mother = parent ? `${parent.firstName}`.trim() || 'mama' : 'mama';
  const assessment = await createSafetyAssessment(ctx, c.id, {
    harm: `${child.firstName} had blauwe plekken op de bovenarmen; de school zag het twee keer in een maand.`,
    dangerStatements: [
      { worriedWho: 'Het VK en de school', worry: `${child.firstName} opnieuw geslagen wordt wanneer de spanning thuis oploopt.`, impact: `${child.firstName} raakt gewond en durft niet meer te vertellen wat er gebeurt.`, safetyGoal: `${child.firstName} is veilig thuis, ook als er ruzie is.` },
      { worriedWho: 'Oma', worry: `${child.firstName} 's avonds alleen thuis is.`, impact: 'Niemand merkt het als het misgaat.', safetyGoal: index % 2 ? 'Er is altijd een volwassene thuis als de kinderen er zijn.' : '' },
    ],
    complicatingFactors: 'Geldzorgen; de partner van mama weigert contact met de hulpverlening.',
    strengths: `${mother} zoekt zelf hulp en houdt afspraken; oma woont om de hoek.`,
    existingSafety: `${child.firstName} gaat na school naar oma.`,
    nextSteps: [{ what: 'Huisbezoek met mama en oma', who: 'VK', dueOn: inDays(7) }],
  });
  for (const [scorerKind, scorerLabel, score] of [['worker', 'VK-medewerker', rng.int(2, 5)], ['parent', 'mama', rng.int(6, 8)], ['child', child.firstName, rng.int(3, 6)]] as const) {
    await addScaleScore(ctx, c.id, assessment.id, { scorerKind, scorerLabel, personId: null, score, explanation: '' });
  }
  if (index % 2) await completeSafetyAssessment(ctx, c.id, assessment.id, assessment.version);
  await raiseDoubt(ctx, c.id, { kind: 'open_question', question: 'Woont de partner van mama nog in huis?', whyItMatters: 'Het gevaar hangt samen met zijn aanwezigheid.', wouldResolve: 'Navraag bij de wijkagent en een onaangekondigd huisbezoek.', assessmentId: assessment.id });
  const disagreement = await raiseDoubt(ctx, c.id, { kind: 'disagreement', question: 'Is de score van mama (hoog) realistisch?', whyItMatters: '', wouldResolve: 'Bespreken in het teamoverleg.', assessmentId: assessment.id });
  if (index % 2 === 0) await resolveDoubt(ctx, c.id, disagreement.id, { version: disagreement.version, answer: 'Mama ziet de risico’s minder scherp; we nemen de laagste score als uitgangspunt.' });

  const plan = await createSafetyPlan(ctx, c.id, {
    rules: [{ rule: `${child.firstName} is nooit alleen met de partner van mama.` }, { rule: 'Na school gaan de kinderen naar oma tot mama thuis is.' }, { rule: 'Bij ruzie belt mama oma of de politie (101).' }],
    network: [{ name: 'Oma', relation: 'grootmoeder', personId: null, checks: 'Belt elke avond en komt langs op woensdag.', ruleIds: [] }, { name: 'Buurvrouw', relation: 'buur', personId: null, checks: 'Opvang bij nood.', ruleIds: [] }],
    reviewOn: inDays(rng.int(3, 30)),
    changeNote: 'Opgemaakt met mama en oma.',
  });
  await signSafetyPlan(ctx, c.id, 1, { signerLabel: 'mama', signerRole: 'parent', personId: parent?.id ?? null, agrees: true, method: 'signed_on_paper', remark: '' });
  if (index % 2 === 0) {
    await saveSafetyPlanVersion(ctx, c.id, {
      version: plan.version,
      rules: [...plan.current.rules, { rule: 'De kinderen slapen bij oma als de partner van mama gedronken heeft.' }],
      network: plan.current.network,
      reviewOn: inDays(rng.int(1, 6)),
      changeNote: 'Afspraak over drinken toegevoegd na het teamoverleg.',
      reviewed: true,
    });
  }

  const cgg = await partnerOf(ctx, 'mental_health', province);
  const recovery = await createRecoveryPlan(ctx, c.id, {
    childGoals: [{ personId: child.id, goal: `${child.firstName} kan praten over wat er gebeurde met iemand die ${child.firstName} vertrouwt.`, progress: 'in_progress' }],
    familyGoals: [{ personId: null, goal: 'Mama herkent wanneer de spanning oploopt en vraagt tijdig hulp.', progress: 'planned' }],
    protectiveFactors: [{ factor: 'Oma als vaste steunfiguur', progress: 'reached' }],
    actions: [
      { what: `Traumatherapie voor ${child.firstName}`, ownerKind: 'partner', ownerUserId: null, ownerPartnerId: cgg.id, ownerLabel: '', dueOn: null, progress: 'planned' },
      { what: 'Maandelijks netwerkoverleg', ownerKind: 'staff', ownerUserId: c.ownerId, ownerPartnerId: null, ownerLabel: '', dueOn: inDays(30), progress: 'planned' },
    ],
  });
  await shareRecoveryPlan(ctx, c.id, recovery.id, { partnerId: cgg.id, fields: ['childGoals', 'actions'], disclosure: { legalBasis: 'consent', reason: 'Eén gezin, één plan met de therapeut.', information: '', familyInformed: true, familyInformedOn: null, notInformedReason: '' } });
  const referral = await createReferral(ctx, c.id, { partnerId: cgg.id, reason: `Traumatherapie voor ${child.firstName}.`, sentOn: daysAgo(rng.int(10, 40)), disclosure: { legalBasis: 'consent', reason: '', information: 'Aanmeldingsformulier met de zorgformuleringen', familyInformed: true, familyInformedOn: null, notInformedReason: '' } });
  await changeReferralStatus(ctx, c.id, referral.id, { version: referral.version, status: 'waiting', changedOn: daysAgo(5), note: 'Wachtlijst van enkele weken.' });

  await setDiscipline(ctx, c.id, c.ownerId, { discipline: 'social_worker', task: 'Casemanager' });
  if (colleague !== c.ownerId && c.memberIds.includes(colleague)) await setDiscipline(ctx, c.id, colleague, { discipline: 'psychologist', task: `Gesprekken met ${child.firstName}` });
  await recordDecision(ctx, c.id, {
    subject: 'safety_plan',
    decision: `${child.firstName} blijft thuis met een veiligheidsplan; oma is dagelijks aanwezig.`,
    rationale: 'Mama werkt mee, oma is beschikbaar en er zijn geen nieuwe verwondingen gezien.',
    staffIds: [c.ownerId, colleague],
    others: [],
    dissent: index % 2 ? '' : 'Een collega vindt een tijdelijk verblijf bij oma veiliger.',
    conferenceId: null,
    supersedesId: null,
    followUps: [{ title: 'Veiligheidsplan evalueren met mama en oma', details: '', assigneeId: c.ownerId, dueOn: inDays(14) }],
  });
  await addTask(ctx, c.id, { title: 'School bellen over aanwezigheid', details: '', assigneeId: c.ownerId, dueOn: daysAgo(1) });
}

async function manoTrack(ctx: Ctx, c: DemoCase, colleague: string, province: string, conclude: boolean): Promise<void> {
  const decidedOn = daysAgo(conclude ? 80 : 25);
  const start = await recordDecision(ctx, c.id, { subject: 'mano_start', decidedOn, decision: 'We starten een MANO-traject.', rationale: 'Vrijwillige hulp is vastgelopen en de ontwikkeling van het kind is bedreigd.', staffIds: [c.ownerId, colleague], others: [], dissent: '', conferenceId: null, supersedesId: null, followUps: [] });
  const track = await startMano(ctx, c.id, {
    decisionId: start.id,
    justification: 'Het gezin weigert elke hulp sinds het laatste incident; de kinderen missen veel schooldagen en tonen angst.',
    developmentThreatened: true,
    integrityHarmed: conclude,
    voluntaryHelp: 'refused',
    helpOffered: 'Contextbegeleiding, aanmelding bij het CGG en drie huisbezoeken.',
    startedOn: decidedOn,
    familyInformedOn: decidedOn,
    familyInformedHow: 'gesprek met beide ouders',
  });
  if (!conclude) return;
  const outcome = await recordDecision(ctx, c.id, { subject: 'mano_outcome', decision: 'Noodzakelijk, geen medewerking: verwijzing naar het parket.', rationale: 'Ook na het MANO-traject geen medewerking; de situatie blijft verontrustend.', staffIds: [c.ownerId, colleague], others: [], dissent: '', conferenceId: null, supersedesId: null, followUps: [] });
  await concludeMano(ctx, c.id, track.id, { version: track.version, outcome: 'necessary_no_cooperation', decisionId: outcome.id, rationale: '' });
  await generateProsecutorLetter(ctx, c.id, track.id, (await partnerOf(ctx, 'prosecutor', province)).id);
}

/**
 * Adds case work to `perCentre` ordinary cases (default one: every browser test starts a demo
 * server, so the demo stays small) and to two MANO cases of every VK's intake team.
 */
export async function seedCaseworkDemo(db: Db, options: { perCentre?: number; seed?: number } = {}): Promise<CaseworkDemoFigures> {
  const rng = new SeededRandom(options.seed ?? 20_261_129);
  const figures: CaseworkDemoFigures = { assessed: 0, manoTracks: 0 };
  for (const centre of await vkCentres(db)) {
    const team = centre.teams.find((t) => t.name === 'Intake') ?? centre.teams[0];
    const province = centreSeeds.find((s) => s.code === centre.code)?.province;
    if (!team || !province) continue;
    const staff = await caseStaffOfTeams(db, [team.id]);
    const roleOf = (id: string): Role => (staff.find((s) => s.id === id)?.role === 'team_lead' ? 'team_lead' : 'caseworker');
    const colleagueOf = (c: DemoCase) => c.memberIds[0] ?? staff.find((s) => s.id !== c.ownerId)!.id;
    const ordinary = await activeCasesOfTeam(db, team.id, 'case', options.perCentre ?? 1);
    for (const [index, c] of ordinary.entries()) {
      await assessAndPlan(asOwner(db, c, roleOf(c.ownerId), team.id), c, colleagueOf(c), province, rng, index);
      figures.assessed += 1;
    }
    const mano = await activeCasesOfTeam(db, team.id, 'mano', 2);
    for (const [index, c] of mano.entries()) {
      await manoTrack(asOwner(db, c, roleOf(c.ownerId), team.id), c, colleagueOf(c), province, index === 0);
      figures.manoTracks += 1;
    }
  }
  return figures;
}
