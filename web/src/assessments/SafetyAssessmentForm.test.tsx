import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeServer } from '../test-support/fake-server';
import type { Assessments, SafetyAssessment } from './assessments.api';
import { AssessmentsSection } from './AssessmentsSection';
import { CASE_ID, caseFile, renderSection } from './render-section';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const assessment: SafetyAssessment = {
  id: '44444444-4444-4444-8444-444444444444',
  assessedOn: '2026-11-03',
  status: 'draft',
  harm: 'Blauwe plekken.',
  dangerStatements: [{ id: 'd1', worriedWho: 'De school', worry: 'Noor wordt geslagen.', impact: 'Noor raakt gewond.', safetyGoal: '' }],
  complicatingFactors: '',
  strengths: 'Oma helpt.',
  existingSafety: '',
  nextSteps: [],
  scale: { latest: [], history: [], lowest: null, highest: null, spread: 0, disagreement: false },
  hints: [],
  recordedBy: { id: 'u1', name: 'Ilse' },
  completedAt: null,
  completedBy: null,
  updatedAt: '2026-11-03T10:00:00Z',
  version: 2,
};
const none: Assessments = { aceScreenings: [], safetyAssessments: [], doubts: [] };
const one: Assessments = { ...none, safetyAssessments: [assessment] };
const url = (rest: string) => `/api/cases/${CASE_ID}${rest}`;

describe('the safety assessment forms', () => {
  it('starts an assessment with a danger statement and its goal, and puts a server error next to its field', async () => {
    const server = createFakeServer({
      [`GET ${url('/assessments')}`]: () => ({ body: none }),
      [`POST ${url('/safety-assessments')}`]: () => ({ status: 400, body: { code: 'validation', message: 'Controleer de velden.', fields: [{ path: 'dangerStatements.0.impact', message: 'Vul dit in.' }] } }),
    });
    renderSection(<AssessmentsSection file={caseFile()} userId="u1" />, server);
    fireEvent.click(await screen.findByText('Veiligheidsinschatting starten', undefined, { timeout: 5000 }));
    const form = await screen.findByRole('form', { name: 'Veiligheidsinschatting starten' });
    fireEvent.change(within(form).getByLabelText('Schade: wat is er al gebeurd?'), { target: { value: 'Striemen op de rug.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Zorgformulering toevoegen' }));
    const statement = within(form).getByRole('group', { name: 'Zorgformulering 1' });
    fireEvent.change(within(statement).getByLabelText(/^Wie maakt zich zorgen/), { target: { value: 'De juf' } });
    fireEvent.change(within(statement).getByLabelText(/^Waarover/), { target: { value: 'Mila wordt geslagen.' } });
    fireEvent.change(within(statement).getByLabelText(/^Veiligheidsdoel/), { target: { value: 'Mila is veilig thuis.' } });
    fireEvent.change(within(form).getByLabelText('Krachten'), { target: { value: 'Mama vraagt zelf hulp.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Inschatting bewaren' }));
    await waitFor(() =>
      expect(server.last(`POST ${url('/safety-assessments')}`)?.body).toEqual({
        harm: 'Striemen op de rug.',
        dangerStatements: [{ worriedWho: 'De juf', worry: 'Mila wordt geslagen.', impact: '', safetyGoal: 'Mila is veilig thuis.' }],
        complicatingFactors: '',
        strengths: 'Mama vraagt zelf hulp.',
        existingSafety: '',
        nextSteps: [],
      }),
    );
    const impact = within(statement).getByLabelText(/^Gevolg als er niets verandert/);
    await waitFor(() => expect(impact.getAttribute('aria-describedby')).toBeTruthy());
    const describedBy = impact.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(describedBy).toContain('Vul dit in.');
    // Nothing typed is lost on a refused save.
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Krachten').value).toBe('Mama vraagt zelf hulp.');
  }, 20_000);

  it('keeps the worker’s text on a conflict and shows what a colleague saved meanwhile, then saves on the newer version', async () => {
    let current = one;
    const server = createFakeServer({ [`GET ${url('/assessments')}`]: () => ({ body: current }) });
    server.on(`POST ${url(`/safety-assessments/${assessment.id}`)}`, () => {
      current = { ...one, safetyAssessments: [{ ...assessment, harm: 'Blauwe plekken op beide armen (collega).', version: 3 }] };
      return { status: 409, body: { code: 'conflict', message: 'Iemand anders heeft dit intussen gewijzigd.', fields: [{ path: 'harm', message: 'Intussen gewijzigd door Jan (29/11/2026 10:00).' }] } };
    });
    renderSection(<AssessmentsSection file={caseFile()} userId="u1" />, server);
    fireEvent.click(await screen.findByText('Inschatting bewerken', undefined, { timeout: 5000 }));
    const form = await screen.findByRole('form', { name: 'Inschatting bewerken' });
    fireEvent.change(within(form).getByLabelText('Schade: wat is er al gebeurd?'), { target: { value: 'Blauwe plekken en een brandwonde.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Inschatting bewaren' }));
    await screen.findByText(/Een collega heeft deze inschatting intussen gewijzigd/);
    await within(form).findByText('Blauwe plekken op beide armen (collega).');
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Schade: wat is er al gebeurd?').value).toBe('Blauwe plekken en een brandwonde.');
    expect(server.last(`POST ${url(`/safety-assessments/${assessment.id}`)}`)?.body).toMatchObject({ version: 2, harm: 'Blauwe plekken en een brandwonde.' });

    server.on(`POST ${url(`/safety-assessments/${assessment.id}`)}`, () => ({ body: { ...assessment, harm: 'Blauwe plekken en een brandwonde.', version: 4 } }));
    fireEvent.click(within(form).getByRole('button', { name: 'Inschatting bewaren' }));
    await waitFor(() => expect(server.last(`POST ${url(`/safety-assessments/${assessment.id}`)}`)?.body).toMatchObject({ version: 3, harm: 'Blauwe plekken en een brandwonde.' }));
  }, 20_000);

  it('keeps a half-typed assessment through a remount (a reload) and opens the form to show it', async () => {
    const server = createFakeServer({ [`GET ${url('/assessments')}`]: () => ({ body: none }) });
    const first = renderSection(<AssessmentsSection file={caseFile()} userId="u1" />, server);
    fireEvent.click(await screen.findByText('Veiligheidsinschatting starten', undefined, { timeout: 5000 }));
    fireEvent.change(await screen.findByLabelText('Schade: wat is er al gebeurd?'), { target: { value: 'Noor had een blauw oog.' } });
    await waitFor(() => expect(Object.keys(localStorage).some((k) => k.startsWith('schakel.assessments.safety.'))).toBe(true));
    first.unmount();
    renderSection(<AssessmentsSection file={caseFile()} userId="u1" />, server);
    await screen.findByText('Uw niet-bewaarde tekst van eerder is teruggezet.', undefined, { timeout: 5000 });
    expect(screen.getByLabelText<HTMLTextAreaElement>('Schade: wat is er al gebeurd?').value).toBe('Noor had een blauw oog.');
  }, 20_000);

  it('records a score with who gave it, and completes the assessment with its version', async () => {
    const server = createFakeServer({
      [`GET ${url('/assessments')}`]: () => ({ body: one }),
      [`POST ${url(`/safety-assessments/${assessment.id}/scores`)}`]: () => ({ status: 201, body: assessment }),
      [`POST ${url(`/safety-assessments/${assessment.id}/complete`)}`]: () => ({ body: { ...assessment, status: 'completed' } }),
    });
    renderSection(<AssessmentsSection file={caseFile()} userId="u1" />, server);
    fireEvent.click(await screen.findByText('Score toevoegen', undefined, { timeout: 5000 }));
    const form = await screen.findByRole('form', { name: 'Score toevoegen' });
    fireEvent.click(within(form).getByLabelText('Ouder'));
    fireEvent.change(within(form).getByLabelText(/^Naam of rol/), { target: { value: 'mama' } });
    fireEvent.change(within(form).getByLabelText(/^Score \(0–10\)/), { target: { value: '7' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Score bewaren' }));
    await waitFor(() => expect(server.last(`POST ${url(`/safety-assessments/${assessment.id}/scores`)}`)?.body).toEqual({ scorerKind: 'parent', scorerLabel: 'mama', score: 7, explanation: '' }));
    fireEvent.click(screen.getByRole('button', { name: 'Inschatting afronden' }));
    await waitFor(() => expect(server.last(`POST ${url(`/safety-assessments/${assessment.id}/complete`)}`)?.body).toEqual({ version: 2 }));
  }, 20_000);
});
