import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_ID, caseFile, renderSection } from '../assessments/render-section';
import { createFakeServer } from '../test-support/fake-server';
import type { RecoveryPlan, SafetyPlan } from './plans.api';
import { PlansSection } from './PlansSection';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const url = (rest: string) => `/api/cases/${CASE_ID}${rest}`;
const staff = { id: '55555555-5555-4555-8555-555555555555', name: 'Ilse Peeters' };
const rule1 = { id: 'r1', rule: 'Noor is nooit alleen met de partner van mama.' };
const version = (number: number, rules = [rule1]) => ({ number, rules, network: [{ id: 'm1', name: 'Oma', relation: 'grootmoeder', personId: null, checks: 'Belt elke avond.', ruleIds: ['r1'] }], reviewOn: '2026-12-20', changeNote: '', createdBy: staff, createdAt: '2026-11-20T10:00:00Z', signatures: [] });
const plan: SafetyPlan = {
  id: 'p1',
  status: 'active',
  currentNumber: 2,
  nextReviewOn: '2026-12-20',
  reviewState: 'scheduled',
  current: version(2),
  versions: [1, 2].map((n) => ({ number: n, createdAt: '2026-11-20T10:00:00Z', createdBy: staff, changeNote: '', reviewOn: '2026-12-20', signatures: 0 })),
  reviews: [],
  version: 4,
};
const partner = { id: '66666666-6666-4666-8666-666666666666', name: 'OCJ Antwerpen', kind: 'ocj', province: 'Antwerpen', city: 'Antwerpen' };
const recovery: RecoveryPlan = { id: 'rp1', childGoals: [{ id: 'g1', personId: null, goal: 'Noor kan praten over wat er gebeurde.', progress: 'in_progress' }], familyGoals: [], protectiveFactors: [], actions: [], progressNotes: [], shares: [], createdBy: { id: 'u1', name: 'Ilse' }, updatedAt: '2026-11-20T10:00:00Z', version: 1 };
const empty = { [`GET ${url('/safety-plan')}`]: () => ({ body: { plan: null } }), [`GET ${url('/recovery-plan')}`]: () => ({ body: { plan: null } }), 'GET /api/partners': () => ({ body: { partners: [partner] } }) };

describe('the plans section', () => {
  it('makes version 1 with an agreement, who checks it and the review date', async () => {
    const server = createFakeServer({ ...empty, [`POST ${url('/safety-plan')}`]: () => ({ status: 201, body: plan }) });
    renderSection(<PlansSection file={caseFile()} userId="u1" />, server);
    fireEvent.click(await screen.findByText('Veiligheidsplan opmaken', undefined, { timeout: 5000 }));
    const form = await screen.findByRole('form', { name: 'Veiligheidsplan opmaken' });
    fireEvent.change(within(within(form).getByRole('group', { name: 'Afspraak 1' })).getByLabelText(/^Afspraak/), { target: { value: 'Na school naar oma.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Persoon toevoegen' }));
    const member = within(form).getByRole('group', { name: 'Persoon 1 in het netwerk' });
    fireEvent.change(within(member).getByLabelText(/^Naam/), { target: { value: 'Oma' } });
    fireEvent.change(within(member).getByLabelText(/^Wat controleert/), { target: { value: 'Haalt Noor op.' } });
    fireEvent.click(within(member).getByLabelText('Na school naar oma.'));
    fireEvent.change(within(form).getByLabelText(/^Evaluatiedatum/), { target: { value: '2026-12-24' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Plan bewaren' }));
    await waitFor(() => expect(server.last(`POST ${url('/safety-plan')}`)).toBeTruthy());
    const body = server.last(`POST ${url('/safety-plan')}`)!.body as { rules: { id: string; rule: string }[]; network: { name: string; checks: string; ruleIds: string[] }[]; reviewOn: string };
    expect(body.rules.map((r) => r.rule)).toEqual(['Na school naar oma.']);
    // The network person points at the agreement by the id the browser gave it.
    expect(body.network).toMatchObject([{ name: 'Oma', checks: 'Haalt Noor op.', ruleIds: [body.rules[0]!.id] }]);
    expect(body.reviewOn).toBe('2026-12-24');
  }, 20_000);

  it('starts a new version from the current one and sends it with the plan’s version; compares two versions', async () => {
    const server = createFakeServer({
      ...empty,
      [`GET ${url('/safety-plan')}`]: () => ({ body: { plan } }),
      [`POST ${url('/safety-plan/versions')}`]: () => ({ status: 201, body: plan }),
      [`GET ${url('/safety-plan/diff')}`]: () => ({ body: { from: 1, to: 2, rules: { added: [{ id: 'r2', rule: 'Bij ruzie belt mama oma.' }], removed: [], changed: [] }, network: { added: [], removed: [], changed: [] }, reviewOn: null, unchanged: false } }),
    });
    renderSection(<PlansSection file={caseFile()} userId="u1" />, server);
    fireEvent.click(await screen.findByText('Nieuwe versie maken', undefined, { timeout: 5000 }));
    const form = await screen.findByRole('form', { name: 'Nieuwe versie maken' });
    expect(within(within(form).getByRole('group', { name: 'Afspraak 1' })).getByLabelText<HTMLTextAreaElement>(/^Afspraak/).value).toBe(rule1.rule);
    fireEvent.change(within(form).getByLabelText(/^Wat verandert er/), { target: { value: 'Na het teamoverleg.' } });
    fireEvent.click(within(form).getByLabelText('Deze versie is de uitkomst van een evaluatie'));
    fireEvent.click(within(form).getByRole('button', { name: 'Versie bewaren' }));
    await waitFor(() => expect(server.last(`POST ${url('/safety-plan/versions')}`)?.body).toMatchObject({ version: 4, rules: [rule1], reviewOn: '2026-12-20', changeNote: 'Na het teamoverleg.', reviewed: true }));

    fireEvent.click(screen.getByText('Versies vergelijken'));
    await screen.findByText(/Bij ruzie belt mama oma\./);
    expect(server.last(`GET ${url('/safety-plan/diff')}`)?.query.toString()).toBe('from=1&to=2');
  }, 20_000);

  it('records the family’s agreement on the current version', async () => {
    const server = createFakeServer({ ...empty, [`GET ${url('/safety-plan')}`]: () => ({ body: { plan } }), [`POST ${url('/safety-plan/versions/2/signatures')}`]: () => ({ status: 201, body: plan }) });
    renderSection(<PlansSection file={caseFile()} userId="u1" />, server);
    fireEvent.click(await screen.findByText('Akkoord van het gezin registreren (Versie 2)', undefined, { timeout: 5000 }));
    const form = await screen.findByRole('form', { name: 'Akkoord van het gezin registreren' });
    fireEvent.change(within(form).getByLabelText(/^Wie \(naam of rol\)/), { target: { value: 'mama' } });
    fireEvent.click(within(form).getByLabelText('ouder'));
    fireEvent.click(within(form).getByLabelText('niet akkoord'));
    fireEvent.click(within(form).getByLabelText('mondeling'));
    fireEvent.click(within(form).getByRole('button', { name: 'Akkoord registreren' }));
    await waitFor(() => expect(server.last(`POST ${url('/safety-plan/versions/2/signatures')}`)?.body).toEqual({ signerLabel: 'mama', signerRole: 'parent', agrees: false, method: 'verbal', remark: '' }));
  }, 20_000);

  it('makes a recovery plan with an action for a partner service from the directory', async () => {
    const server = createFakeServer({ ...empty, [`POST ${url('/recovery-plan')}`]: () => ({ status: 201, body: recovery }) });
    renderSection(<PlansSection file={caseFile()} userId="u1" />, server);
    fireEvent.click(await screen.findByText('Herstelplan opmaken', undefined, { timeout: 5000 }));
    const form = await screen.findByRole('form', { name: 'Herstelplan opmaken' });
    fireEvent.click(within(form).getByRole('button', { name: 'Actie toevoegen' }));
    const action = within(form).getByRole('group', { name: 'Actie 1' });
    fireEvent.change(within(action).getByLabelText(/^Wat/), { target: { value: 'Contextbegeleiding' } });
    fireEvent.click(within(action).getByLabelText('een partnerdienst'));
    await within(action).findByRole('option', { name: 'OCJ Antwerpen (Antwerpen)' }, { timeout: 5000 });
    fireEvent.change(within(action).getByLabelText(/^Partnerdienst/), { target: { value: partner.id } });
    fireEvent.click(within(form).getByRole('button', { name: 'Herstelplan bewaren' }));
    await waitFor(() =>
      expect(server.last(`POST ${url('/recovery-plan')}`)?.body).toEqual({
        childGoals: [],
        familyGoals: [],
        protectiveFactors: [],
        actions: [{ what: 'Contextbegeleiding', ownerKind: 'partner', ownerUserId: null, ownerPartnerId: partner.id, ownerLabel: '', dueOn: null, progress: 'planned' }],
      }),
    );
  }, 20_000);

  it('shares chosen parts with a partner together with the disclosure, and shows the server’s field errors', async () => {
    const server = createFakeServer({
      ...empty,
      [`GET ${url('/recovery-plan')}`]: () => ({ body: { plan: recovery } }),
      [`POST ${url('/recovery-plan/rp1/shares')}`]: () => ({ status: 400, body: { code: 'validation', message: 'Controleer de velden.', fields: [{ path: 'disclosure.reason', message: 'Vul de reden in.' }] } }),
    });
    renderSection(<PlansSection file={caseFile()} userId="u1" />, server);
    fireEvent.click(await screen.findByText('Delen met een partner', undefined, { timeout: 5000 }));
    const form = await screen.findByRole('form', { name: 'Delen met een partner' });
    await within(form).findByRole('option', { name: 'OCJ Antwerpen (Antwerpen)' }, { timeout: 5000 });
    fireEvent.change(within(form).getByLabelText(/^Partner/), { target: { value: partner.id } });
    fireEvent.click(within(form).getByLabelText('doelen kind'));
    fireEvent.click(within(form).getByLabelText('toestemming'));
    fireEvent.click(within(form).getByRole('button', { name: 'Delen bewaren' }));
    await waitFor(() =>
      expect(server.last(`POST ${url('/recovery-plan/rp1/shares')}`)?.body).toEqual({
        partnerId: partner.id,
        fields: ['childGoals'],
        disclosure: { legalBasis: 'consent', reason: '', familyInformed: true, notInformedReason: '' },
      }),
    );
    expect(await within(form).findAllByText('Vul de reden in.')).toHaveLength(2);
  }, 20_000);

  it('keeps the worker’s goals on a conflict, shows the colleague’s saved list, and notes shareable progress', async () => {
    let current = recovery;
    const server = createFakeServer({ ...empty, [`GET ${url('/recovery-plan')}`]: () => ({ body: { plan: current } }) });
    server.on(`POST ${url('/recovery-plan/rp1')}`, () => {
      current = { ...recovery, childGoals: [{ ...recovery.childGoals[0]!, goal: 'Noor heeft een vertrouwenspersoon op school.' }], version: 2 };
      return { status: 409, body: { code: 'conflict', message: 'Iemand anders heeft dit intussen gewijzigd.', fields: [{ path: 'childGoals', message: 'Intussen gewijzigd door Jan.' }] } };
    });
    server.on(`POST ${url('/recovery-plan/rp1/progress')}`, () => ({ status: 201, body: current }));
    renderSection(<PlansSection file={caseFile()} userId="u1" />, server);
    fireEvent.click(await screen.findByText('Herstelplan bewerken', undefined, { timeout: 5000 }));
    const form = await screen.findByRole('form', { name: 'Herstelplan bewerken' });
    const goal = within(within(form).getByRole('group', { name: 'Doel voor het kind 1' })).getByLabelText<HTMLTextAreaElement>(/^Doel/);
    fireEvent.change(goal, { target: { value: 'Noor praat met de CLB-medewerker.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Herstelplan bewaren' }));
    await within(form).findByText('Noor heeft een vertrouwenspersoon op school.');
    expect(goal.value).toBe('Noor praat met de CLB-medewerker.');
    expect(server.last(`POST ${url('/recovery-plan/rp1')}`)?.body).toMatchObject({ version: 1, childGoals: [{ id: 'g1', goal: 'Noor praat met de CLB-medewerker.', progress: 'in_progress' }] });

    fireEvent.click(screen.getByText('Voortgang noteren'));
    const note = await screen.findByRole('form', { name: 'Voortgang noteren' });
    fireEvent.change(within(note).getByLabelText(/^Wat is er gebeurd/), { target: { value: 'Eerste gesprek met de CLB-medewerker.' } });
    fireEvent.click(within(note).getByLabelText('Deelbaar met partners die de voortgang zien'));
    fireEvent.click(within(note).getByRole('button', { name: 'Voortgang bewaren' }));
    await waitFor(() => expect(server.last(`POST ${url('/recovery-plan/rp1/progress')}`)?.body).toEqual({ body: 'Eerste gesprek met de CLB-medewerker.', shareable: true }));
  }, 20_000);
});
