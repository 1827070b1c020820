import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_ID, caseFile, renderSection } from '../assessments/render-section';
import { createFakeServer } from '../test-support/fake-server';
import { unfold } from '../test-support/folded';
import type { Term } from './cases.api';
import { ClosedBanner } from './ClosedBanner';
import { ClosurePanel } from './ClosurePanel';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const terms: Term[] = [
  { kind: 'closure_outcome', code: 'safe_enough', labelNl: 'Voldoende veilig', labelEn: 'Safe enough', sortOrder: 1, active: true },
  { kind: 'closure_outcome', code: 'old', labelNl: 'Oude code', labelEn: 'Old code', sortOrder: 2, active: false },
] as Term[];
const openWork = {
  [`GET /api/cases/${CASE_ID}/teamwork`]: () => ({ body: { team: { members: [], disciplines: [], multidisciplinary: false }, tasks: [{ id: 't', title: 'Bellen', status: 'open' }], appointments: [], conferences: [], decisions: [] } }),
  [`GET /api/cases/${CASE_ID}/referrals`]: () => ({ body: { referrals: [{ id: 'r', stillWaiting: true }] } }),
  [`GET /api/cases/${CASE_ID}/mano`]: () => ({ body: { tracks: [] } }),
};

describe('closing a case', () => {
  it('lists what is still open, offers only active outcome codes and closes with the case’s version', async () => {
    const server = createFakeServer({ ...openWork, [`POST /api/cases/${CASE_ID}/close`]: () => ({ body: {} }) });
    renderSection(<ClosurePanel file={caseFile({ version: 7 })} terms={terms} userId="u-ilse" />, server);
    await unfold('Dossier afsluiten');
    const form = screen.getByRole('form', { name: 'Dossier afsluiten' });
    await within(form).findByText('1 open taken', {}, { timeout: 5000 });
    await within(form).findByText('1 doorverwijzingen waarop het gezin nog wacht');
    const outcome = within(form).getByLabelText(/^Uitkomst/);
    expect([...outcome.querySelectorAll('option')].map((o) => o.value)).toEqual(['', 'safe_enough']);
    fireEvent.change(outcome, { target: { value: 'safe_enough' } });
    fireEvent.change(within(form).getByLabelText('Toelichting'), { target: { value: 'Veiligheidsplan werkt.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Afsluiten' }));
    await waitFor(() => expect(server.last(`POST /api/cases/${CASE_ID}/close`)?.body).toEqual({ version: 7, outcome: 'safe_enough', note: 'Veiligheidsplan werkt.' }));
  });

  it('says a colleague changed the case first and keeps the typed explanation', async () => {
    const server = createFakeServer({ ...openWork, [`POST /api/cases/${CASE_ID}/close`]: () => ({ status: 409, body: { code: 'conflict', message: 'Iemand anders heeft dit intussen gewijzigd.', fields: [] } }) });
    renderSection(<ClosurePanel file={caseFile()} terms={terms} userId="u-ilse" />, server);
    await unfold('Dossier afsluiten');
    const form = screen.getByRole('form', { name: 'Dossier afsluiten' });
    fireEvent.change(within(form).getByLabelText(/^Uitkomst/), { target: { value: 'safe_enough' } });
    fireEvent.change(within(form).getByLabelText('Toelichting'), { target: { value: 'Veiligheidsplan werkt.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Afsluiten' }));
    await within(form).findByText(/Een collega wijzigde het dossier intussen/, {}, { timeout: 5000 });
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Toelichting').value).toBe('Veiligheidsplan werkt.');
  });
});

describe('a closed case', () => {
  it('says at the top that it is read-only until reopened, and reopens with a reason', async () => {
    const closed = caseFile({ status: 'closed', readOnly: true, closedAt: '2026-11-28T10:00:00Z', closureOutcome: 'safe_enough', version: 9 });
    const server = createFakeServer({ [`POST /api/cases/${CASE_ID}/reopen`]: () => ({ body: {} }) });
    renderSection(
      <>
        <ClosedBanner file={closed} terms={terms} />
        <ClosurePanel file={closed} terms={terms} userId="u-ilse" />
      </>,
      server,
    );
    expect(screen.getByText(/Afgesloten op .* \(Voldoende veilig\)\. Alles is te lezen; niets kan gewijzigd worden/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar heropenen' }).getAttribute('href')).toBe('#closure-title');
    fireEvent.change(screen.getByLabelText(/^Waarom heropenen/), { target: { value: 'Nieuwe melding van de school.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Dossier heropenen' }));
    await waitFor(() => expect(server.last(`POST /api/cases/${CASE_ID}/reopen`)?.body).toEqual({ version: 9, reason: 'Nieuwe melding van de school.' }));
  });
});
