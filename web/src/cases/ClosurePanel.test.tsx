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
    renderSection(<ClosurePanel file={caseFile({ version: 7 })} terms={terms} userId="u-ilse" isLead={false} />, server);
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
    renderSection(<ClosurePanel file={caseFile()} terms={terms} userId="u-ilse" isLead={false} />, server);
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
    const server = createFakeServer({ [`POST /api/cases/${CASE_ID}/reopen`]: () => ({ body: {} }), [`GET /api/cases/${CASE_ID}/retention-hold`]: () => ({ body: { hold: null } }) });
    renderSection(
      <>
        <ClosedBanner file={closed} terms={terms} />
        <ClosurePanel file={closed} terms={terms} userId="u-ilse" isLead={false} />
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

describe('retention hold of a closed case', () => {
  const closed = caseFile({ status: 'closed', readOnly: true, closedAt: '2026-11-28T10:00:00Z', closureOutcome: 'safe_enough', version: 9 });

  it('lets the team lead put it on hold with a reason (the server’s field error next to the field), then shows why', async () => {
    let hold: { reason: string; setAt: string; setBy: string; setByName: string } | null = null;
    const server = createFakeServer({
      [`GET /api/cases/${CASE_ID}/retention-hold`]: () => ({ body: { hold } }),
      [`POST /api/cases/${CASE_ID}/retention-hold`]: (request) => {
        const { reason } = request.body as { reason: string };
        if (reason.trim() === '') return { status: 400, body: { code: 'validation', message: 'Kijk de velden na.', fields: [{ path: 'reason', message: 'Vul een reden in.' }] } };
        hold = { reason, setAt: '2026-11-29T09:00:00Z', setBy: 'u-lead', setByName: 'Lien Lead' };
        return { body: { hold } };
      },
    });
    renderSection(<ClosurePanel file={closed} terms={terms} userId="u-lead" isLead />, server);
    await screen.findByText(/Niet on hold/, {}, { timeout: 5000 });
    await unfold('On hold zetten…');
    const form = screen.getByRole('form', { name: 'On hold zetten' });
    fireEvent.change(within(form).getByLabelText(/^Reden/), { target: { value: '  ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'On hold zetten' }));
    await waitFor(() => expect(within(form).getByLabelText(/^Reden/).getAttribute('aria-invalid')).toBe('true'), { timeout: 5000 });
    expect(within(form).getAllByText('Vul een reden in.').length).toBeGreaterThan(0);
    fireEvent.change(within(form).getByLabelText(/^Reden/), { target: { value: 'Klacht bij de ombudsdienst' } });
    fireEvent.click(within(form).getByRole('button', { name: 'On hold zetten' }));
    await screen.findByText('Reden: Klacht bij de ombudsdienst', {}, { timeout: 5000 });
    expect(screen.getByText(/On hold sinds .* door Lien Lead: dit dossier wordt niet opgeschoond/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hold opheffen' })).toBeTruthy();
  });

  it('shows a case worker the hold and its reason, without the buttons', async () => {
    const server = createFakeServer({ [`GET /api/cases/${CASE_ID}/retention-hold`]: () => ({ body: { hold: { reason: 'Rechtszaak loopt', setAt: '2026-11-29T09:00:00Z', setBy: 'u-lead', setByName: 'Lien Lead' } } }) });
    renderSection(<ClosurePanel file={closed} terms={terms} userId="u-ilse" isLead={false} />, server);
    await screen.findByText('Reden: Rechtszaak loopt', {}, { timeout: 5000 });
    expect(screen.queryByRole('button', { name: 'Hold opheffen' })).toBeNull();
    expect(screen.queryByText('On hold zetten…')).toBeNull();
  });
});
