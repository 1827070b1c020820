import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeServer, type FakeHandler } from '../test-support/fake-server';
import { unfold } from '../test-support/folded';
import { aceItems, type AceScreening, type Assessments, type Doubt } from './assessments.api';
import { AssessmentsSection } from './AssessmentsSection';
import { CASE_ID, caseFile, renderSection } from './render-section';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const doubt: Doubt = {
  id: 'q1',
  kind: 'open_question',
  question: 'Woont de partner nog in huis?',
  whyItMatters: '',
  wouldResolve: 'Navraag bij de wijkagent.',
  assessmentId: null,
  raisedBy: { id: 'u1', name: 'Ilse' },
  raisedAt: '2026-11-03T10:00:00Z',
  resolved: false,
  resolvedAt: null,
  resolvedBy: null,
  answer: null,
  version: 2,
};
const screening: AceScreening = {
  id: 'a1',
  person: { id: 'p1', name: 'Noor Janssens' },
  screenedOn: '2026-11-02',
  answers: Object.fromEntries(aceItems.map((item) => [item, 'no'])) as AceScreening['answers'],
  score: 0,
  unanswered: 0,
  signal: false,
  signalPossible: false,
  interpretation: ['0 van de 10 ACE-categorieën aangeduid.'],
  note: '',
  recordedBy: { id: 'u1', name: 'Ilse' },
  updatedAt: '2026-11-02T10:00:00Z',
  version: 1,
};
const read: Assessments = { aceScreenings: [screening], safetyAssessments: [], doubts: [doubt] };
const url = (rest: string) => `/api/cases/${CASE_ID}${rest}`;
const conflict = (path: string): ReturnType<FakeHandler> => ({ status: 409, body: { code: 'conflict', message: 'Iemand anders heeft dit intussen gewijzigd.', fields: [{ path, message: 'Intussen gewijzigd door Jan (29/11/2026 10:00).' }] } });

function show(routes: Record<string, FakeHandler> = {}) {
  const server = createFakeServer({ [`GET ${url('/assessments')}`]: () => ({ body: read }), ...routes });
  return { server, view: renderSection(<AssessmentsSection file={caseFile()} userId="u1" />, server) };
}

describe('editing a doubt', () => {
  it('sends the sharpened question and corrected kind with its version and shows the server’s error next to the field', async () => {
    const { server } = show({ [`POST ${url('/doubts/q1')}`]: () => ({ status: 400, body: { code: 'validation', message: 'Controleer de velden.', fields: [{ path: 'wouldResolve', message: 'Vul dit in.' }] } }) });
    await screen.findByText('Twijfel bewerken', undefined, { timeout: 5000 });
    const form = await unfold('Twijfel bewerken');
    fireEvent.change(within(form).getByLabelText(/^Waarom het ertoe doet/), { target: { value: 'Hij werd eerder gewelddadig.' } });
    fireEvent.change(within(form).getByLabelText(/^Wat zou dit beantwoorden/), { target: { value: '' } });
    fireEvent.click(within(form).getByLabelText('Twijfel'));
    fireEvent.click(within(form).getByRole('button', { name: 'Twijfel bewaren' }));
    await waitFor(() => expect(server.last(`POST ${url('/doubts/q1')}`)?.body).toEqual({ version: 2, kind: 'doubt', question: 'Woont de partner nog in huis?', whyItMatters: 'Hij werd eerder gewelddadig.', wouldResolve: '' }));
    const field = within(form).getByLabelText(/^Wat zou dit beantwoorden/);
    await waitFor(() => expect(field.getAttribute('aria-describedby')).toBeTruthy());
    expect(field.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain('Vul dit in.');
    expect(within(form).getByLabelText<HTMLTextAreaElement>(/^Waarom het ertoe doet/).value).toBe('Hij werd eerder gewelddadig.');
  }, 20_000);

  it('says a colleague changed it first, with what is saved now, and keeps the worker’s text', async () => {
    show({ [`POST ${url('/doubts/q1')}`]: () => conflict('question') });
    await screen.findByText('Twijfel bewerken', undefined, { timeout: 5000 });
    const form = await unfold('Twijfel bewerken');
    fireEvent.change(within(form).getByLabelText(/^Vraag of twijfel/), { target: { value: 'Woont de nieuwe partner in huis, ook ’s nachts?' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Twijfel bewaren' }));
    await within(form).findByText(/Een collega heeft deze twijfel intussen gewijzigd/);
    expect(within(form).getByText('Woont de partner nog in huis?')).toBeTruthy();
    expect(within(form).getByLabelText<HTMLTextAreaElement>(/^Vraag of twijfel/).value).toBe('Woont de nieuwe partner in huis, ook ’s nachts?');
  }, 20_000);

  it('keeps a half-typed edit and a half-typed answer through a reload', async () => {
    const { view } = show();
    await screen.findByText('Twijfel bewerken', undefined, { timeout: 5000 });
    const form = await unfold('Twijfel bewerken');
    fireEvent.change(within(form).getByLabelText(/^Waarom het ertoe doet/), { target: { value: 'Papa is veroordeeld.' } });
    fireEvent.change(screen.getByLabelText(/^Antwoord/), { target: { value: 'Volgens de wijkagent niet.' } });
    await waitFor(() => expect(Object.keys(localStorage).filter((k) => k.includes('.q1.'))).toHaveLength(2));
    view.unmount();
    show();
    const restored = await screen.findByRole('form', { name: 'Twijfel bewerken: Woont de partner nog in huis?' }, { timeout: 5000 });
    expect(within(restored).getByLabelText<HTMLTextAreaElement>(/^Waarom het ertoe doet/).value).toBe('Papa is veroordeeld.');
    expect(screen.getByLabelText<HTMLTextAreaElement>(/^Antwoord/).value).toBe('Volgens de wijkagent niet.');
  }, 20_000);
});

describe('correcting an ACE screening', () => {
  it('sends every answer with the version, the date and the note, and shows a date error next to its field', async () => {
    const { server } = show({ [`POST ${url('/ace-screenings/a1')}`]: () => ({ status: 400, body: { code: 'validation', message: 'Controleer de velden.', fields: [{ path: 'screenedOn', message: 'Deze datum ligt in de toekomst.' }] } }) });
    await screen.findByText('Screening corrigeren', undefined, { timeout: 5000 });
    const form = await unfold('Screening corrigeren');
    fireEvent.click(within(within(form).getByRole('group', { name: /^Scheiding van de ouders/ })).getByLabelText('ja'));
    fireEvent.change(within(form).getByLabelText(/^Notitie bij de screening/), { target: { value: 'Papa vertrok in mei.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Screening bewaren' }));
    await waitFor(() =>
      expect(server.last(`POST ${url('/ace-screenings/a1')}`)?.body).toEqual({ version: 1, screenedOn: '2026-11-02', answers: { ...screening.answers, parental_separation: 'yes' }, note: 'Papa vertrok in mei.' }),
    );
    const date = within(form).getByLabelText(/^Datum van de screening/);
    await waitFor(() => expect(date.getAttribute('aria-describedby')).toBeTruthy());
    expect(date.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain('Deze datum ligt in de toekomst.');
  }, 20_000);

  it('shows a colleague’s correction next to the worker’s answers and keeps them, also through a reload', async () => {
    const { view } = show({ [`POST ${url('/ace-screenings/a1')}`]: () => conflict('answers.sexual_abuse') });
    await screen.findByText('Screening corrigeren', undefined, { timeout: 5000 });
    const form = await unfold('Screening corrigeren');
    fireEvent.click(within(within(form).getByRole('group', { name: /^Seksueel misbruik/ })).getByLabelText('weet niet'));
    fireEvent.click(within(form).getByRole('button', { name: 'Screening bewaren' }));
    await within(form).findByText(/Een collega heeft deze screening intussen gewijzigd/);
    expect(within(form).getByText('Seksueel misbruik: nee')).toBeTruthy();
    await waitFor(() => expect(localStorage.getItem('schakel.assessments.ace-edit.a1.u1')).toContain('unknown'));
    view.unmount();
    show();
    const restored = await screen.findByRole('form', { name: /^Screening van Noor Janssens .* corrigeren$/ }, { timeout: 5000 });
    expect(within(within(restored).getByRole('group', { name: /^Seksueel misbruik/ })).getByLabelText<HTMLInputElement>('weet niet').checked).toBe(true);
  }, 20_000);
});
