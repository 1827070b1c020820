import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_ID, renderSection } from '../assessments/render-section';
import { createFakeServer } from '../test-support/fake-server';
import { unfold } from '../test-support/folded';
import { DecisionForm } from './DecisionForm';

afterEach(cleanup);

const team = {
  members: [
    { id: 'u-ilse', name: 'Ilse Peeters', isOwner: true, discipline: 'social_worker' as const, task: '', version: 1 },
    { id: 'u-jens', name: 'Jens Maes', isOwner: false, discipline: 'psychologist' as const, task: '', version: null },
  ],
  disciplines: ['social_worker' as const, 'psychologist' as const],
  multidisciplinary: true,
};

describe('recording a team decision', () => {
  it('sends who took part (the recorder ticked already), what was decided, why, and the dissent', async () => {
    const server = createFakeServer({ [`POST /api/cases/${CASE_ID}/decisions`]: () => ({ status: 201, body: {} }) });
    renderSection(<DecisionForm caseId={CASE_ID} team={team} userId="u-ilse" />, server);
    await unfold('Teambeslissing noteren');
    fireEvent.click(screen.getByLabelText('start MANO'));
    fireEvent.change(screen.getByLabelText(/^Wat werd beslist/), { target: { value: 'We starten een MANO-traject.' } });
    fireEvent.change(screen.getByLabelText(/^Waarom/), { target: { value: 'Hulp is vastgelopen.' } });
    fireEvent.click(screen.getByLabelText('Jens Maes'));
    fireEvent.change(screen.getByLabelText(/^Afwijkende mening/), { target: { value: 'Jens wil eerst nog een huisbezoek.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beslissing noteren' }));
    await waitFor(() =>
      expect(server.last(`POST /api/cases/${CASE_ID}/decisions`)?.body).toEqual({
        subject: 'mano_start',
        decision: 'We starten een MANO-traject.',
        rationale: 'Hulp is vastgelopen.',
        dissent: 'Jens wil eerst nog een huisbezoek.',
        staffIds: ['u-ilse', 'u-jens'],
      }),
    );
  });
});
