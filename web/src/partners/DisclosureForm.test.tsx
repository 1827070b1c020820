import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CASE_ID, renderSection } from '../assessments/render-section';
import { createFakeServer } from '../test-support/fake-server';
import { DisclosureForm } from './DisclosureForm';

afterEach(cleanup);

describe('recording a disclosure', () => {
  it('sends the legal basis and, when the family does not know, the reason why not', async () => {
    const server = createFakeServer({
      'GET /api/partners': () => ({ body: { partners: [{ id: 'p-fjc', name: 'Family Justice Center Antwerpen', kind: 'fjc', province: 'Antwerpen', city: 'Antwerpen' }] } }),
      [`POST /api/cases/${CASE_ID}/disclosures`]: () => ({ status: 201, body: {} }),
    });
    renderSection(<DisclosureForm caseId={CASE_ID} userId="u-ilse" />, server);
    fireEvent.click(screen.getByText('Gegevensdeling registreren'));
    await screen.findByRole('option', { name: 'Family Justice Center Antwerpen (Antwerpen)' }, { timeout: 5000 });
    fireEvent.change(screen.getByLabelText(/^Ontvanger/), { target: { value: 'p-fjc' } });
    fireEvent.click(screen.getByLabelText('art. 458ter Sw. (casusoverleg)'));
    fireEvent.change(screen.getByLabelText(/^Waarom/), { target: { value: 'Casusoverleg' } });
    fireEvent.change(screen.getByLabelText(/^Wat werd gedeeld/), { target: { value: 'Veiligheidsplan' } });
    fireEvent.click(screen.getByLabelText('Het gezin weet van deze deling'));
    fireEvent.change(screen.getByLabelText(/Waarom weet het gezin/), { target: { value: 'Mama hoort het morgen.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Deling registreren' }));
    await waitFor(() =>
      expect(server.last(`POST /api/cases/${CASE_ID}/disclosures`)?.body).toEqual({
        partnerId: 'p-fjc',
        legalBasis: '458ter',
        reason: 'Casusoverleg',
        information: 'Veiligheidsplan',
        familyInformed: false,
        notInformedReason: 'Mama hoort het morgen.',
      }),
    );
  });
});
