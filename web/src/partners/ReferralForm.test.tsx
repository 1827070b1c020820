import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_ID, renderSection } from '../assessments/render-section';
import { createFakeServer } from '../test-support/fake-server';
import { unfold } from '../test-support/folded';
import type { Referral } from './partners.api';
import { ReferralForm } from './ReferralForm';
import { ReferralStatusForm } from './ReferralStatusForm';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const partner = (id: string, name: string, kind: string, province: string | null) => ({ id, name, kind, province, city: '', phone: '', email: '', notes: '', active: true, version: 1 });
const directory = {
  'GET /api/partners': () => ({
    body: { partners: [partner('p-itp', 'Intersectorale Toegangspoort Antwerpen', 'itp', 'Antwerpen'), partner('p-cgg', 'CGG Vagga', 'mental_health', 'Antwerpen'), partner('p-fjc', 'Family Justice Center Antwerpen', 'fjc', 'Antwerpen')] },
  }),
};

describe('referring to a partner', () => {
  it('narrows the services to the chosen kind and sends the disclosure facts when information goes along', async () => {
    const server = createFakeServer({ ...directory, [`POST /api/cases/${CASE_ID}/referrals`]: () => ({ status: 201, body: {} }) });
    renderSection(<ReferralForm caseId={CASE_ID} userId="u-ilse" />, server);
    fireEvent.click(screen.getByText('Doorverwijzen'));
    await screen.findByRole('option', { name: /CGG Vagga/ }, { timeout: 5000 });
    fireEvent.change(screen.getByLabelText('Soort dienst'), { target: { value: 'itp' } });
    const services = screen.getByLabelText(/^Naar welke dienst/);
    expect([...services.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Kies…', 'Intersectorale Toegangspoort Antwerpen (Antwerpen) · Intersectorale Toegangspoort (ITP)']);
    fireEvent.change(services, { target: { value: 'p-itp' } });
    fireEvent.change(screen.getByLabelText(/^Waarom doorverwijzen/), { target: { value: 'Contextbegeleiding voor het gezin.' } });
    fireEvent.click(screen.getByLabelText('Met deze doorverwijzing deel ik informatie uit het dossier'));
    fireEvent.click(screen.getByLabelText('toestemming'));
    fireEvent.change(screen.getByLabelText(/^Wat werd gedeeld/), { target: { value: 'A-document met het veiligheidsplan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Doorverwijzing registreren' }));
    await waitFor(() =>
      expect(server.last(`POST /api/cases/${CASE_ID}/referrals`)?.body).toEqual({
        partnerId: 'p-itp',
        reason: 'Contextbegeleiding voor het gezin.',
        disclosure: { legalBasis: 'consent', information: 'A-document met het veiligheidsplan', familyInformed: true, notInformedReason: '' },
      }),
    );
    await screen.findByText('Doorverwijzing geregistreerd.');
  });

  it('puts the server’s error next to the field and keeps what was typed through a remount', async () => {
    const server = createFakeServer({
      ...directory,
      [`POST /api/cases/${CASE_ID}/referrals`]: () => ({ status: 400, body: { code: 'validation_failed', message: 'Kijk de velden na.', fields: [{ path: 'disclosure.notInformedReason', message: 'Schrijf waarom het gezin (nog) niet geïnformeerd is.' }] } }),
    });
    const first = renderSection(<ReferralForm caseId={CASE_ID} userId="u-ilse" />, server);
    fireEvent.click(screen.getByText('Doorverwijzen'));
    await screen.findByRole('option', { name: /CGG Vagga/ }, { timeout: 5000 });
    fireEvent.change(screen.getByLabelText(/^Naar welke dienst/), { target: { value: 'p-cgg' } });
    fireEvent.change(screen.getByLabelText(/^Waarom doorverwijzen/), { target: { value: 'Traumatherapie voor Noor.' } });
    fireEvent.click(screen.getByLabelText('Met deze doorverwijzing deel ik informatie uit het dossier'));
    fireEvent.click(screen.getByLabelText('Het gezin weet van deze deling'));
    fireEvent.click(screen.getByRole('button', { name: 'Doorverwijzing registreren' }));
    const field = await screen.findByLabelText(/Waarom weet het gezin/);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(field.closest('.field')?.textContent).toContain('Schrijf waarom het gezin (nog) niet geïnformeerd is.');
    // The draft is written after a short pause; then the form comes back with it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    first.unmount();
    renderSection(<ReferralForm caseId={CASE_ID} userId="u-ilse" />, server);
    expect(screen.getByText('Uw niet-bewaarde invoer van eerder is teruggezet.')).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>(/^Waarom doorverwijzen/).value).toBe('Traumatherapie voor Noor.');
  });
});

const referral: Referral = {
  id: 'r1',
  partner: { id: 'p-itp', name: 'Intersectorale Toegangspoort Antwerpen', kind: 'itp' },
  reason: 'Contextbegeleiding',
  status: 'accepted',
  sentOn: '2026-10-01',
  history: [],
  waitingDays: 20,
  stillWaiting: true,
  statusNote: '',
  disclosureId: null,
  version: 2,
};

describe('moving a referral on', () => {
  it('offers only the statuses that can follow and sends the version it was based on', async () => {
    const server = createFakeServer({ [`POST /api/cases/${CASE_ID}/referrals/r1/status`]: () => ({ body: referral }) });
    renderSection(<ReferralStatusForm caseId={CASE_ID} referral={referral} />, server);
    await unfold('Status wijzigen');
    const status = screen.getByLabelText(/^Nieuwe status/);
    expect([...status.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Kies…', 'wachtlijst', 'gestart', 'geweigerd', 'ingetrokken']);
    fireEvent.change(status, { target: { value: 'waiting' } });
    fireEvent.change(screen.getByLabelText(/^Toelichting/), { target: { value: 'Wachttijd ongeveer drie maanden.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Status bewaren' }));
    await waitFor(() => expect(server.last(`POST /api/cases/${CASE_ID}/referrals/r1/status`)?.body).toEqual({ version: 2, status: 'waiting', note: 'Wachttijd ongeveer drie maanden.' }));
  });

  it('says plainly when a colleague changed the referral first, with who and when', async () => {
    const server = createFakeServer({
      [`POST /api/cases/${CASE_ID}/referrals/r1/status`]: () => ({
        status: 409,
        body: { code: 'conflict', message: 'Iemand anders heeft dit intussen gewijzigd.', fields: [{ path: 'status', message: 'Intussen gewijzigd door Jens Maes (29/11/2026 10:00).' }] },
      }),
    });
    renderSection(<ReferralStatusForm caseId={CASE_ID} referral={referral} />, server);
    await unfold('Status wijzigen');
    fireEvent.change(screen.getByLabelText(/^Nieuwe status/), { target: { value: 'started' } });
    fireEvent.click(screen.getByRole('button', { name: 'Status bewaren' }));
    await screen.findByText(/Een collega wijzigde dit intussen/);
    expect(screen.getAllByText('Intussen gewijzigd door Jens Maes (29/11/2026 10:00).').length).toBeGreaterThan(0);
    expect(screen.getByLabelText<HTMLSelectElement>(/^Nieuwe status/).value).toBe('started');
  });
});
