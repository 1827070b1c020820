import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeServer } from '../test-support/fake-server';
import type { Assessments } from './assessments.api';
import { AssessmentsSection } from './AssessmentsSection';
import { CASE_ID, caseFile, renderSection } from './render-section';

afterEach(cleanup);

const read: Assessments = {
  aceScreenings: [
    {
      id: 'a1',
      person: { id: 'p1', name: 'Noor Janssens' },
      screenedOn: '2026-11-02',
      answers: {} as Assessments['aceScreenings'][number]['answers'],
      score: 5,
      unanswered: 1,
      signal: true,
      signalPossible: false,
      interpretation: ['5 van de 10 ACE-categorieën aangeduid: een screeningssignaal (vanaf 4).', 'Een ACE-score is een screeningssignaal, geen oordeel over het gezin en geen diagnose.'],
      note: '',
      recordedBy: { id: 'u1', name: 'Ilse' },
      updatedAt: '2026-11-02T10:00:00Z',
      version: 1,
    },
  ],
  safetyAssessments: [
    {
      id: 's1',
      assessedOn: '2026-11-03',
      status: 'draft',
      harm: 'Blauwe plekken.',
      dangerStatements: [{ id: 'd1', worriedWho: 'De school', worry: 'Noor wordt geslagen.', impact: 'Noor raakt gewond.', safetyGoal: 'Noor is veilig thuis.' }],
      complicatingFactors: '',
      strengths: 'Oma helpt.',
      existingSafety: 'Noor gaat naar oma.',
      nextSteps: [],
      scale: {
        latest: [
          { id: 'x1', scorerKind: 'worker', scorerLabel: 'Ilse (VK)', personId: null, score: 3, explanation: '', scoredOn: '2026-11-03' },
          { id: 'x2', scorerKind: 'parent', scorerLabel: 'mama', personId: null, score: 8, explanation: '', scoredOn: '2026-11-03' },
        ],
        history: [],
        lowest: 3,
        highest: 8,
        spread: 5,
        disagreement: true,
      },
      hints: [],
      recordedBy: { id: 'u1', name: 'Ilse' },
      completedAt: null,
      completedBy: null,
      updatedAt: '2026-11-03T10:00:00Z',
      version: 3,
    },
  ],
  doubts: [{ id: 'q1', kind: 'open_question', question: 'Woont de partner nog in huis?', whyItMatters: '', wouldResolve: 'Navraag bij de wijkagent.', assessmentId: null, raisedBy: { id: 'u1', name: 'Ilse' }, raisedAt: '2026-11-03T10:00:00Z', resolved: false, resolvedAt: null, resolvedBy: null, answer: null, version: 1 }],
};

describe('the assessments section', () => {
  it('shows the ACE score in the server’s careful words and makes disagreement on the safety scale visible', async () => {
    const server = createFakeServer({ [`GET /api/cases/${CASE_ID}/assessments`]: () => ({ body: read }) });
    renderSection(<AssessmentsSection file={caseFile()} userId="u1" />, server);
    expect(await screen.findByText(/geen oordeel over het gezin/, undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('De scores liggen 5 punten uit elkaar: bespreek het verschil.')).toBeTruthy();
    expect(screen.getByRole('meter', { name: 'mama: 8/10' })).toBeTruthy();
    expect(screen.getByText(/Woont de partner nog in huis\?/)).toBeTruthy();
  });

  it('answers an open question with the doubt’s version, so a stale answer is refused by the server', async () => {
    const server = createFakeServer({
      [`GET /api/cases/${CASE_ID}/assessments`]: () => ({ body: read }),
      [`POST /api/cases/${CASE_ID}/doubts/q1/resolve`]: () => ({ body: { ...read.doubts[0], resolved: true, answer: 'Nee.' } }),
    });
    renderSection(<AssessmentsSection file={caseFile()} userId="u1" />, server);
    fireEvent.change(await screen.findByLabelText(/^Antwoord/, undefined, { timeout: 5000 }), { target: { value: 'Hij woont sinds april elders.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beantwoorden' }));
    await waitFor(() => expect(server.last(`POST /api/cases/${CASE_ID}/doubts/q1/resolve`)?.body).toEqual({ version: 1, answer: 'Hij woont sinds april elders.' }));
  });

  it('offers no forms on a closed case', async () => {
    const server = createFakeServer({ [`GET /api/cases/${CASE_ID}/assessments`]: () => ({ body: read }) });
    renderSection(<AssessmentsSection file={caseFile({ readOnly: true })} userId="u1" />, server);
    await screen.findByText(/geen oordeel over het gezin/, undefined, { timeout: 5000 });
    expect(screen.queryByRole('button', { name: 'Beantwoorden' })).toBeNull();
    expect(screen.queryByText('ACE-screening registreren')).toBeNull();
  });
});
