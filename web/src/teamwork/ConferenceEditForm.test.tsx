import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_ID, renderSection } from '../assessments/render-section';
import { createFakeServer } from '../test-support/fake-server';
import { unfold } from '../test-support/folded';
import { ConferencesPanel } from './ConferencesPanel';
import type { Colleague, Conference, Teamwork } from './teamwork.api';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const team: Teamwork['team'] = {
  members: [{ id: 'u-ilse', name: 'Ilse Peeters', isOwner: true, discipline: 'social_worker', task: '', version: 1 }],
  disciplines: ['social_worker'],
  multidisciplinary: false,
};
const colleagues: Colleague[] = [
  { id: 'u-ilse', name: 'Ilse Peeters', role: 'caseworker', discipline: 'social_worker', onCaseTeam: true },
  { id: 'u-els', name: 'Els Wouters', role: 'caseworker', discipline: 'doctor', onCaseTeam: false },
  { id: 'u-jan', name: 'Jan Claes', role: 'team_lead', discipline: null, onCaseTeam: false },
];
const planned: Conference = {
  id: 'c1',
  kind: 'team',
  scheduledAt: '2026-12-01T09:00:00.000Z',
  status: 'planned',
  agenda: [{ id: 'a1', topic: 'Veiligheid thuis', notes: '' }],
  participants: [{ kind: 'staff', userId: 'u-ilse', partnerId: null, name: 'Ilse Peeters', role: 'casemanager' }],
  minutes: '',
  heldAt: null,
  decisionIds: [],
  version: 4,
};
const work = (conferences: Conference[]): Teamwork => ({ team, tasks: [], appointments: [], conferences, decisions: [] });
const routes = { 'GET /api/partners': () => ({ body: { partners: [] } }), [`GET /api/cases/${CASE_ID}/colleagues`]: () => ({ body: { colleagues } }) };
const updateRoute = `POST /api/cases/${CASE_ID}/conferences/c1`;
const panel = (conference = planned) => <ConferencesPanel caseId={CASE_ID} work={work([conference])} userId="u-ilse" readOnly={false} />;

describe('conference participants from the centre', () => {
  it('offers every colleague of the centre, with discipline or role, and plans with the confidential doctor of another team', async () => {
    const server = createFakeServer({ ...routes, [`POST /api/cases/${CASE_ID}/conferences`]: () => ({ status: 201, body: planned }) });
    renderSection(<ConferencesPanel caseId={CASE_ID} work={work([])} userId="u-ilse" readOnly={false} />, server);
    const form = await unfold('Casusoverleg plannen');
    fireEvent.click(await within(form).findByLabelText('Els Wouters (vertrouwensarts)', undefined, { timeout: 5000 }));
    expect(within(form).getByLabelText('Jan Claes (teamverantwoordelijke)')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^Soort overleg/), { target: { value: 'team' } });
    fireEvent.change(within(form).getByLabelText(/^Wanneer/), { target: { value: '2026-12-01T10:00' } });
    fireEvent.change(within(form).getByLabelText(/^Agendapunt 1/), { target: { value: 'Medisch onderzoek' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Overleg plannen' }));
    await waitFor(() =>
      expect(server.last(`POST /api/cases/${CASE_ID}/conferences`)?.body).toMatchObject({
        participants: [
          { kind: 'staff', userId: 'u-ilse' },
          { kind: 'staff', userId: 'u-els' },
        ],
      }),
    );
  }, 20_000);
});

describe('changing a planned conference', () => {
  it('sends date, agenda and participants with the version it started from, and puts a server error next to its field', async () => {
    const server = createFakeServer({
      ...routes,
      [updateRoute]: () => ({ status: 400, body: { code: 'validation', message: 'Controleer de velden.', fields: [{ path: 'agenda.1.topic', message: 'Vul dit in.' }] } }),
    });
    renderSection(panel(), server);
    const form = await unfold('Overleg wijzigen');
    await within(form).findByLabelText('Els Wouters (vertrouwensarts)', undefined, { timeout: 5000 });
    fireEvent.change(within(form).getByLabelText(/^Wanneer/), { target: { value: '2026-12-02T14:30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Agendapunt toevoegen' }));
    fireEvent.click(within(form).getByLabelText('Els Wouters (vertrouwensarts)'));
    fireEvent.click(within(form).getByRole('button', { name: 'Wijzigingen bewaren' }));
    await waitFor(() =>
      expect(server.last(updateRoute)?.body).toEqual({
        version: 4,
        scheduledAt: new Date('2026-12-02T14:30').toISOString(),
        agenda: [
          { id: 'a1', topic: 'Veiligheid thuis', notes: '' },
          { topic: '', notes: '' },
        ],
        // The role Ilse had stays with her.
        participants: [
          { kind: 'staff', userId: 'u-ilse', partnerId: null, name: '', role: 'casemanager' },
          { kind: 'staff', userId: 'u-els', partnerId: null, name: '', role: '' },
        ],
      }),
    );
    const second = within(form).getByLabelText(/^Agendapunt 2/);
    await waitFor(() => expect(second.getAttribute('aria-describedby')).toBeTruthy());
    expect(second.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain('Vul dit in.');
    expect(within(form).getByLabelText<HTMLInputElement>(/^Wanneer/).value).toBe('2026-12-02T14:30');
  }, 20_000);

  it('says a colleague changed it first, shows what is saved now and keeps the worker’s typing', async () => {
    const server = createFakeServer({
      ...routes,
      [updateRoute]: () => ({ status: 409, body: { code: 'conflict', message: 'Iemand anders heeft dit intussen gewijzigd.', fields: [{ path: 'agenda', message: 'Intussen gewijzigd door Jan (29/11/2026 10:00).' }] } }),
    });
    renderSection(panel(), server);
    const form = await unfold('Overleg wijzigen');
    fireEvent.change(within(form).getByLabelText(/^Agendapunt 1/), { target: { value: 'Veiligheid thuis en op school' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Wijzigingen bewaren' }));
    await within(form).findByText(/Een collega wijzigde dit intussen/);
    expect(within(form).getByText('Agenda — Nu bewaard:')).toBeTruthy();
    expect(within(form).getByText('Veiligheid thuis')).toBeTruthy();
    expect(within(form).getByLabelText<HTMLInputElement>(/^Agendapunt 1/).value).toBe('Veiligheid thuis en op school');
  }, 20_000);

  it('keeps half-typed changes through a reload and opens the form to show them', async () => {
    const server = createFakeServer(routes);
    const first = renderSection(panel(), server);
    const form = await unfold('Overleg wijzigen');
    fireEvent.change(within(form).getByLabelText(/^Agendapunt 1/), { target: { value: 'Slaapt papa nog thuis?' } });
    await waitFor(() => expect(localStorage.getItem('schakel.teamwork.conference-edit.c1.u-ilse')).toContain('Slaapt papa nog thuis?'));
    first.unmount();
    renderSection(panel(), server);
    const restored = await screen.findByRole('form', { name: /^Overleg van .* wijzigen$/ });
    await within(restored).findByText('Uw niet-bewaarde invoer van eerder is teruggezet.');
    expect(within(restored).getByLabelText<HTMLInputElement>(/^Agendapunt 1/).value).toBe('Slaapt papa nog thuis?');
  }, 20_000);

  it('is not offered once the conference is held', () => {
    renderSection(panel({ ...planned, status: 'held' }), createFakeServer(routes));
    expect([...document.querySelectorAll('summary')].map((s) => s.textContent)).not.toContain('Overleg wijzigen');
  });
});
