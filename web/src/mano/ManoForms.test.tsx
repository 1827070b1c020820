import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_ID, caseFile, renderSection } from '../assessments/render-section';
import { createFakeServer } from '../test-support/fake-server';
import { unfold } from '../test-support/folded';
import type { Decision, Teamwork } from '../teamwork/teamwork.api';
import type { Track } from './mano.api';
import { ManoSection } from './ManoSection';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const decision = (id: string, subject: Decision['subject'], text: string): Decision => ({ id, subject, decidedOn: '2026-11-20', decision: text, rationale: 'r', staff: [], others: [], dissent: '', conferenceId: null, supersedesId: null, supersededById: null, followUpTaskIds: [], recordedBy: { id: 'u', name: 'Ilse' }, recordedAt: '2026-11-20T10:00:00Z' });
const teamwork = (decisions: Decision[]): Teamwork => ({ team: { members: [], disciplines: [], multidisciplinary: false }, tasks: [], appointments: [], conferences: [], decisions });
const running: Track = {
  id: 't1',
  status: 'open',
  justification: 'Mama weigert elke hulp.',
  developmentThreatened: true,
  integrityHarmed: false,
  voluntaryHelp: 'refused',
  helpOffered: 'Contextbegeleiding.',
  familyInformedOn: null,
  familyInformedHow: '',
  clock: { startedOn: '2026-11-20', dueOn: '2027-02-24', workingDaysElapsed: 6, workingDaysLeft: 59, state: 'running' },
  outcome: null,
  outcomeOn: null,
  letters: [],
  version: 1,
};

describe('starting a MANO track', () => {
  it('tells the worker to record the team decision first when there is none', async () => {
    const server = createFakeServer({
      [`GET /api/cases/${CASE_ID}/mano`]: () => ({ body: { tracks: [] } }),
      [`GET /api/cases/${CASE_ID}/teamwork`]: () => ({ body: teamwork([decision('d0', 'safety', 'Veiligheidsplan opstellen.')]) }),
    });
    renderSection(<ManoSection file={caseFile()} userId="u-ilse" />, server);
    await screen.findByText('MANO-traject starten', { selector: 'summary' }, { timeout: 5000 });
    await unfold('MANO-traject starten');
    await screen.findByText(/Er is nog geen teambeslissing met onderwerp "start MANO"/, {}, { timeout: 5000 });
    expect([...screen.getByLabelText(/^Teambeslissing waarop dit steunt/).querySelectorAll('option')].map((o) => o.value)).toEqual(['']);
  });

  it('starts on the chosen team decision with the grounds, the help offered and when the family was informed', async () => {
    const server = createFakeServer({
      [`GET /api/cases/${CASE_ID}/mano`]: () => ({ body: { tracks: [] } }),
      [`GET /api/cases/${CASE_ID}/teamwork`]: () => ({ body: teamwork([decision('d1', 'mano_start', 'We starten een MANO-traject.')]) }),
      [`POST /api/cases/${CASE_ID}/mano`]: () => ({ status: 201, body: running }),
    });
    renderSection(<ManoSection file={caseFile()} userId="u-ilse" />, server);
    await screen.findByText('MANO-traject starten', { selector: 'summary' }, { timeout: 5000 });
    await unfold('MANO-traject starten');
    const form = screen.getByRole('form', { name: 'MANO-traject starten' });
    await within(form).findByRole('option', { name: /We starten een MANO-traject/ });
    fireEvent.change(within(form).getByLabelText(/^Teambeslissing waarop dit steunt/), { target: { value: 'd1' } });
    fireEvent.change(within(form).getByLabelText(/^Motivering/), { target: { value: 'Hulp wordt al maanden geweigerd.' } });
    fireEvent.click(within(form).getByLabelText('De ontwikkeling van het kind is bedreigd'));
    fireEvent.click(within(form).getByLabelText('wordt geweigerd'));
    fireEvent.change(within(form).getByLabelText(/^Aangeboden hulp/), { target: { value: 'Contextbegeleiding.' } });
    fireEvent.change(within(form).getByLabelText('Gezin geïnformeerd op'), { target: { value: '2026-11-21' } });
    fireEvent.change(within(form).getByLabelText('Hoe werd het gezin geïnformeerd?'), { target: { value: 'huisbezoek' } });
    fireEvent.click(within(form).getByRole('button', { name: 'MANO-traject starten' }));
    await waitFor(() =>
      expect(server.last(`POST /api/cases/${CASE_ID}/mano`)?.body).toEqual({
        decisionId: 'd1',
        justification: 'Hulp wordt al maanden geweigerd.',
        developmentThreatened: true,
        integrityHarmed: false,
        voluntaryHelp: 'refused',
        helpOffered: 'Contextbegeleiding.',
        familyInformedOn: '2026-11-21',
        familyInformedHow: 'huisbezoek',
      }),
    );
  });

  it('shows the server’s “not concerning” error under the two grounds', async () => {
    const server = createFakeServer({
      [`GET /api/cases/${CASE_ID}/mano`]: () => ({ body: { tracks: [] } }),
      [`GET /api/cases/${CASE_ID}/teamwork`]: () => ({ body: teamwork([]) }),
      [`POST /api/cases/${CASE_ID}/mano`]: () => ({ status: 400, body: { code: 'validation_failed', message: 'Kijk de velden na.', fields: [{ path: 'developmentThreatened', message: 'MANO vraagt een verontrustende situatie.' }] } }),
    });
    renderSection(<ManoSection file={caseFile()} userId="u-ilse" />, server);
    await screen.findByText('MANO-traject starten', { selector: 'summary' }, { timeout: 5000 });
    const form = await unfold('MANO-traject starten');
    fireEvent.click(within(form).getByRole('button', { name: 'MANO-traject starten' }));
    const group = await within(form).findByRole('group', { name: /Waarom verontrustend/ });
    await waitFor(() => expect(group.textContent).toContain('MANO vraagt een verontrustende situatie.'));
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
  }, 15_000);
});

describe('a running MANO track', () => {
  it('records when the family was informed and concludes with an outcome on the outcome decision', async () => {
    const server = createFakeServer({
      [`GET /api/cases/${CASE_ID}/mano`]: () => ({ body: { tracks: [running] } }),
      [`GET /api/cases/${CASE_ID}/teamwork`]: () => ({ body: teamwork([decision('d1', 'mano_start', 'Start.'), decision('d2', 'mano_outcome', 'Noodzakelijk, geen medewerking.')]) }),
      [`POST /api/cases/${CASE_ID}/mano/t1`]: () => ({ body: { ...running, familyInformedOn: '2026-11-22', version: 2 } }),
      [`POST /api/cases/${CASE_ID}/mano/t1/conclude`]: () => ({ body: running }),
    });
    renderSection(<ManoSection file={caseFile({ track: 'mano' })} userId="u-ilse" />, server);
    await screen.findByText('Noteren dat het gezin geïnformeerd is', {}, { timeout: 5000 });
    await unfold('Noteren dat het gezin geïnformeerd is');
    const informed = screen.getByRole('form', { name: 'Noteren dat het gezin geïnformeerd is' });
    fireEvent.change(within(informed).getByLabelText(/^Gezin geïnformeerd op/), { target: { value: '2026-11-22' } });
    fireEvent.click(within(informed).getByRole('button', { name: 'Bewaren' }));
    await waitFor(() => expect(server.last(`POST /api/cases/${CASE_ID}/mano/t1`)?.body).toEqual({ version: 1, familyInformedOn: '2026-11-22', familyInformedHow: '' }));

    await unfold('MANO-traject afronden');
    const conclude = screen.getByRole('form', { name: 'MANO-traject afronden' });
    fireEvent.click(within(conclude).getByLabelText('noodzakelijk, geen medewerking: verwijzing naar het parket'));
    await within(conclude).findByRole('option', { name: /Noodzakelijk, geen medewerking/ });
    // Only the outcome decision fits here, not the start decision.
    expect(within(conclude).queryByRole('option', { name: /Start\./ })).toBeNull();
    fireEvent.change(within(conclude).getByLabelText(/^Teambeslissing over de uitkomst/), { target: { value: 'd2' } });
    fireEvent.click(within(conclude).getByRole('button', { name: 'Traject afronden' }));
    await waitFor(() => expect(server.last(`POST /api/cases/${CASE_ID}/mano/t1/conclude`)?.body).toEqual({ version: 1, outcome: 'necessary_no_cooperation', decisionId: 'd2', rationale: '' }));
  });
});
