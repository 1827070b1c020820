import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_ID, renderSection } from '../assessments/render-section';
import { createFakeServer } from '../test-support/fake-server';
import { unfold } from '../test-support/folded';
import { AppointmentsPanel } from './AppointmentsPanel';
import type { Appointment, Teamwork } from './teamwork.api';
import { TeamPanel } from './TeamPanel';

afterEach(cleanup);

const team: Teamwork['team'] = {
  members: [
    { id: 'u-ilse', name: 'Ilse Peeters', isOwner: true, discipline: 'social_worker', task: '', version: 4 },
    { id: 'u-jens', name: 'Jens Maes', isOwner: false, discipline: null, task: '', version: null },
  ],
  disciplines: ['social_worker'],
  multidisciplinary: false,
};

describe('the case team', () => {
  it('fills in a colleague’s discipline and task; a first entry carries no version', async () => {
    const server = createFakeServer({ [`POST /api/cases/${CASE_ID}/team/u-jens/discipline`]: () => ({ body: team }) });
    renderSection(<TeamPanel caseId={CASE_ID} team={team} readOnly={false} />, server);
    await unfold('Discipline en taak: Jens Maes');
    const form = screen.getByRole('form', { name: 'Discipline en taak van Jens Maes' });
    fireEvent.change(within(form).getByLabelText(/^Discipline/), { target: { value: 'psychologist' } });
    fireEvent.change(within(form).getByLabelText('Wat doet deze collega in dit dossier?'), { target: { value: 'Gesprekken met Noor' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Bewaren' }));
    await waitFor(() => expect(server.last(`POST /api/cases/${CASE_ID}/team/u-jens/discipline`)?.body).toEqual({ discipline: 'psychologist', task: 'Gesprekken met Noor' }));
  });

  it('says so when a colleague changed the discipline first, and keeps the choice on screen', async () => {
    const server = createFakeServer({ [`POST /api/cases/${CASE_ID}/team/u-ilse/discipline`]: () => ({ status: 409, body: { code: 'conflict', message: 'Iemand anders heeft dit intussen gewijzigd.' } }) });
    renderSection(<TeamPanel caseId={CASE_ID} team={team} readOnly={false} />, server);
    await unfold('Discipline en taak: Ilse Peeters');
    const form = screen.getByRole('form', { name: 'Discipline en taak van Ilse Peeters' });
    fireEvent.change(within(form).getByLabelText(/^Discipline/), { target: { value: 'criminologist' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Bewaren' }));
    await within(form).findByText(/Een collega wijzigde dit intussen/);
    expect(server.last(`POST /api/cases/${CASE_ID}/team/u-ilse/discipline`)?.body).toEqual({ version: 4, discipline: 'criminologist', task: '' });
    expect(within(form).getByLabelText<HTMLSelectElement>(/^Discipline/).value).toBe('criminologist');
  });

  it('lets the team lead add a colleague to the case team, with the case’s version', async () => {
    const server = createFakeServer({
      'GET /api/cases/capacity': () => ({ body: { workers: [{ id: 'u-ilse', name: 'Ilse Peeters' }, { id: 'u-jens', name: 'Jens Maes' }, { id: 'u-dokter', name: 'Dr. An Smet' }] } }),
      [`POST /api/cases/${CASE_ID}/assign`]: () => ({ body: {} }),
    });
    renderSection(<TeamPanel caseId={CASE_ID} team={team} readOnly={false} lead={{ caseVersion: 5 }} />, server);
    await unfold('Dossierteam samenstellen');
    const form = screen.getByRole('form', { name: 'Dossierteam samenstellen' });
    fireEvent.click(await within(form).findByLabelText('Dr. An Smet', {}, { timeout: 5000 }));
    fireEvent.click(within(form).getByRole('button', { name: 'Team bewaren' }));
    await waitFor(() => expect(server.last(`POST /api/cases/${CASE_ID}/assign`)?.body).toEqual({ version: 5, ownerId: 'u-ilse', memberIds: ['u-jens', 'u-dokter'] }));
  });

  it('does not offer composing the team to a caseworker', () => {
    renderSection(<TeamPanel caseId={CASE_ID} team={team} readOnly={false} />, createFakeServer());
    expect([...document.querySelectorAll('summary')].map((el) => el.textContent)).toEqual(['Discipline en taak: Ilse Peeters', 'Discipline en taak: Jens Maes']);
  });
});

const visit: Appointment = { id: 'a1', kind: 'home_visit', startsAt: '2026-12-02T13:00:00.000Z', endsAt: '2026-12-02T14:00:00.000Z', location: 'thuis', withWhom: 'mama en Noor', staff: [{ id: 'u-ilse', name: 'Ilse Peeters' }], status: 'planned', note: '', version: 1 };

describe('appointments', () => {
  it('adds a home visit with its times as instants and who goes', async () => {
    const server = createFakeServer({ [`POST /api/cases/${CASE_ID}/appointments`]: () => ({ status: 201, body: visit }) });
    renderSection(<AppointmentsPanel caseId={CASE_ID} work={{ team, tasks: [], appointments: [], conferences: [], decisions: [] }} userId="u-ilse" readOnly={false} />, server);
    await unfold('Afspraak toevoegen');
    const form = screen.getByRole('form', { name: 'Afspraak toevoegen' });
    fireEvent.change(within(form).getByLabelText(/^Soort afspraak/), { target: { value: 'home_visit' } });
    fireEvent.change(within(form).getByLabelText(/^Begin/), { target: { value: '2026-12-02T14:00' } });
    fireEvent.change(within(form).getByLabelText(/^Einde/), { target: { value: '2026-12-02T15:00' } });
    fireEvent.change(within(form).getByLabelText('Met wie'), { target: { value: 'mama en Noor' } });
    fireEvent.click(within(form).getByLabelText('Jens Maes'));
    fireEvent.click(within(form).getByRole('button', { name: 'Afspraak toevoegen' }));
    await waitFor(() =>
      expect(server.last(`POST /api/cases/${CASE_ID}/appointments`)?.body).toEqual({
        kind: 'home_visit',
        startsAt: new Date('2026-12-02T14:00').toISOString(),
        endsAt: new Date('2026-12-02T15:00').toISOString(),
        location: '',
        withWhom: 'mama en Noor',
        staffIds: ['u-ilse', 'u-jens'],
        note: '',
      }),
    );
  });

  it('marks a planned appointment as held', async () => {
    const server = createFakeServer({ [`POST /api/cases/${CASE_ID}/appointments/a1`]: () => ({ body: { ...visit, status: 'held', version: 2 } }) });
    renderSection(<AppointmentsPanel caseId={CASE_ID} work={{ team, tasks: [], appointments: [visit], conferences: [], decisions: [] }} userId="u-ilse" readOnly={false} />, server);
    fireEvent.click(screen.getByRole('button', { name: 'Markeer als: heeft plaatsgevonden' }));
    await waitFor(() => expect(server.last(`POST /api/cases/${CASE_ID}/appointments/a1`)?.body).toEqual({ version: 1, status: 'held' }));
  });
});
