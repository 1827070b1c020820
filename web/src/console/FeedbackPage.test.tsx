import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderSection } from '../assessments/render-section';
import { createFakeServer } from '../test-support/fake-server';
import { FeedbackPage, type FeedbackMonth } from './FeedbackPage';

afterEach(() => cleanup());

const months: FeedbackMonth[] = [
  { month: '2026-01', counts: { helped_a_lot: 11, helped_a_bit: 14, not_really: 20, not_at_all: 0, rather_not: 0 }, total: 45 },
  { month: '2026-02', counts: { helped_a_lot: null, helped_a_bit: null, not_really: 0, not_at_all: 0, rather_not: 0 }, total: 15 },
];

describe('the supervisor’s feedback page', () => {
  it('shows the answers per month, says which counts are withheld, and asks for another period', async () => {
    const server = createFakeServer({ 'GET /api/console/feedback': () => ({ body: { months, threshold: 10 } }) });
    renderSection(<FeedbackPage />, server);
    const table = await screen.findByRole('table', { name: 'Antwoorden per maand' }, { timeout: 5000 });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Maand', 'Ja, veel', 'Een beetje', 'Niet echt', 'Nee', 'Liever niet zeggen', 'Alle antwoorden']);
    const january = within(table).getByRole('row', { name: /januari 2026/ });
    expect(within(january).getAllByRole('cell').map((c) => c.textContent)).toEqual(['11', '14', '20', '0', '0', '45']);
    const february = within(table).getByRole('row', { name: /februari 2026/ });
    expect(within(february).getAllByRole('cell').map((c) => c.textContent)).toEqual(['afgeschermd', 'afgeschermd', '0', '0', '0', '15']);
    screen.getByText(/Aantallen van 1 tot 9, en aantallen waaruit die af te leiden zijn/);

    fireEvent.change(screen.getByLabelText('Van (maand)'), { target: { value: '2026-02' } });
    fireEvent.change(screen.getByLabelText('Tot en met (maand)'), { target: { value: '2026-03' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toon' }));
    await waitFor(() => expect(Object.fromEntries(server.last('GET /api/console/feedback')!.query)).toEqual({ from: '2026-02', to: '2026-03' }));
  });

  it('says so calmly when no feedback was given', async () => {
    renderSection(<FeedbackPage />, createFakeServer({ 'GET /api/console/feedback': () => ({ body: { months: [], threshold: 10 } }) }));
    await screen.findByText('In deze periode werd geen feedback gegeven.', {}, { timeout: 5000 });
    expect(screen.queryByRole('table')).toBeNull();
  });
});
