import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_ID, renderSection } from '../assessments/render-section';
import { createFakeServer } from '../test-support/fake-server';
import { unfold } from '../test-support/folded';
import { ConferencesPanel } from './ConferencesPanel';
import type { Conference, Teamwork } from './teamwork.api';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const team: Teamwork['team'] = {
  members: [
    { id: 'u-ilse', name: 'Ilse Peeters', isOwner: true, discipline: 'social_worker', task: '', version: 1 },
    { id: 'u-jens', name: 'Jens Maes', isOwner: false, discipline: 'psychologist', task: '', version: 1 },
  ],
  disciplines: ['social_worker', 'psychologist'],
  multidisciplinary: true,
};
const planned: Conference = {
  id: 'c1',
  kind: 'network',
  scheduledAt: '2026-12-01T09:00:00.000Z',
  status: 'planned',
  agenda: [{ id: 'a1', topic: 'Veiligheid thuis', notes: '' }],
  participants: [
    { kind: 'staff', userId: 'u-ilse', partnerId: null, name: 'Ilse Peeters', role: '' },
    { kind: 'staff', userId: 'u-jens', partnerId: null, name: 'Jens Maes', role: '' },
    { kind: 'partner', userId: null, partnerId: 'p-fjc', name: 'Family Justice Center Antwerpen', role: 'casemanager' },
  ],
  minutes: '',
  heldAt: null,
  decisionIds: [],
  version: 2,
};
const work = (conferences: Conference[]): Teamwork => ({ team, tasks: [], appointments: [], conferences, decisions: [] });
const directory = { 'GET /api/partners': () => ({ body: { partners: [{ id: 'p-fjc', name: 'Family Justice Center Antwerpen', kind: 'fjc', province: 'Antwerpen', city: '', phone: '', email: '', notes: '', active: true, version: 1 }] } }) };

describe('case conferences', () => {
  it('plans a conference with its agenda and colleagues, a partner and the family, numbered as the server numbers them', async () => {
    const server = createFakeServer({ ...directory, [`POST /api/cases/${CASE_ID}/conferences`]: () => ({ status: 201, body: planned }) });
    renderSection(<ConferencesPanel caseId={CASE_ID} work={work([])} userId="u-ilse" readOnly={false} />, server);
    await unfold('Casusoverleg plannen');
    const form = screen.getByRole('form', { name: 'Casusoverleg plannen' });
    fireEvent.change(within(form).getByLabelText(/^Soort overleg/), { target: { value: 'network' } });
    fireEvent.change(within(form).getByLabelText(/^Wanneer/), { target: { value: '2026-12-01T10:00' } });
    fireEvent.change(within(form).getByLabelText(/^Agendapunt 1/), { target: { value: 'Veiligheid thuis' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Agendapunt toevoegen' }));
    fireEvent.change(within(form).getByLabelText(/^Agendapunt 2/), { target: { value: 'Doorverwijzing ITP' } });
    fireEvent.click(within(form).getByLabelText('Jens Maes (psycholoog)'));
    fireEvent.click(within(form).getByRole('button', { name: 'Partner toevoegen' }));
    await within(form).findByRole('option', { name: /Family Justice Center Antwerpen/ }, { timeout: 5000 });
    fireEvent.change(within(form).getByLabelText(/^Partner 1/), { target: { value: 'p-fjc' } });
    fireEvent.change(within(form).getByLabelText(/^Rol of naam contactpersoon/), { target: { value: 'casemanager' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Persoon toevoegen' }));
    fireEvent.change(within(form).getByLabelText(/^Naam of rol/), { target: { value: 'mama' } });
    // The partner row is the third participant: its controls carry that number for the server's errors.
    expect(within(form).getByLabelText(/^Partner 1/).getAttribute('name')).toBe('participants.2.partnerId');
    fireEvent.click(within(form).getByRole('button', { name: 'Overleg plannen' }));
    await waitFor(() =>
      expect(server.last(`POST /api/cases/${CASE_ID}/conferences`)?.body).toEqual({
        kind: 'network',
        scheduledAt: new Date('2026-12-01T10:00').toISOString(),
        agenda: [
          { topic: 'Veiligheid thuis', notes: '' },
          { topic: 'Doorverwijzing ITP', notes: '' },
        ],
        participants: [
          { kind: 'staff', userId: 'u-ilse', partnerId: null, name: '', role: '' },
          { kind: 'staff', userId: 'u-jens', partnerId: null, name: '', role: '' },
          { kind: 'partner', userId: null, partnerId: 'p-fjc', name: '', role: 'casemanager' },
          { kind: 'family', userId: null, partnerId: null, name: 'mama', role: '' },
        ],
      }),
    );
  }, 20_000);

  it('records the minutes after the meeting and marks it held, with the version it was based on', async () => {
    const server = createFakeServer({ ...directory, [`POST /api/cases/${CASE_ID}/conferences/c1`]: () => ({ body: { ...planned, status: 'held', version: 3 } }) });
    renderSection(<ConferencesPanel caseId={CASE_ID} work={work([planned])} userId="u-ilse" readOnly={false} />, server);
    await unfold('Na het overleg: verslag');
    const form = screen.getByRole('form', { name: /^Verslag van het overleg van/ });
    fireEvent.change(within(form).getByLabelText('Wat werd besproken: Veiligheid thuis'), { target: { value: 'Papa slaapt bij zijn broer.' } });
    fireEvent.change(within(form).getByLabelText('Verslag'), { target: { value: 'Iedereen akkoord met het veiligheidsplan.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Verslag bewaren, overleg gehouden' }));
    await waitFor(() =>
      expect(server.last(`POST /api/cases/${CASE_ID}/conferences/c1`)?.body).toEqual({
        version: 2,
        minutes: 'Iedereen akkoord met het veiligheidsplan.',
        agenda: [{ id: 'a1', topic: 'Veiligheid thuis', notes: 'Papa slaapt bij zijn broer.' }],
        status: 'held',
      }),
    );
  });

  it('records a decision of the conference with its colleagues ticked and a follow-up task', async () => {
    const server = createFakeServer({ ...directory, [`POST /api/cases/${CASE_ID}/decisions`]: () => ({ status: 201, body: {} }) });
    renderSection(<ConferencesPanel caseId={CASE_ID} work={work([{ ...planned, status: 'held' }])} userId="u-ilse" readOnly={false} />, server);
    await unfold('Beslissing van dit overleg noteren');
    const form = screen.getByRole('form', { name: 'Beslissing van dit overleg noteren' });
    fireEvent.click(within(form).getByLabelText('doorverwijzing'));
    fireEvent.change(within(form).getByLabelText(/^Wat werd beslist/), { target: { value: 'Aanmelding bij de ITP.' } });
    fireEvent.change(within(form).getByLabelText(/^Waarom/), { target: { value: 'Langdurige begeleiding nodig.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Taak toevoegen' }));
    fireEvent.change(within(form).getByLabelText(/^Taak 1/), { target: { value: 'A-document opmaken' } });
    fireEvent.change(within(form).getByLabelText('Voor wie (1)'), { target: { value: 'u-jens' } });
    fireEvent.change(within(form).getByLabelText('Tegen (1)'), { target: { value: '2026-12-05' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Beslissing noteren' }));
    await waitFor(() =>
      expect(server.last(`POST /api/cases/${CASE_ID}/decisions`)?.body).toEqual({
        subject: 'referral',
        decision: 'Aanmelding bij de ITP.',
        rationale: 'Langdurige begeleiding nodig.',
        dissent: '',
        staffIds: ['u-ilse', 'u-jens'],
        conferenceId: 'c1',
        followUps: [{ title: 'A-document opmaken', assigneeId: 'u-jens', dueOn: '2026-12-05' }],
      }),
    );
  });

  it('offers nothing to change on a closed case', () => {
    const server = createFakeServer(directory);
    renderSection(<ConferencesPanel caseId={CASE_ID} work={work([planned])} userId="u-ilse" readOnly />, server);
    expect(document.querySelectorAll('summary, form')).toHaveLength(0);
    expect(screen.getByText(/Veiligheid thuis/)).toBeTruthy();
  });
});
