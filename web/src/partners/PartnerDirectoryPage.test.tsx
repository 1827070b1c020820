import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderSection } from '../assessments/render-section';
import { createFakeServer } from '../test-support/fake-server';
import { unfold } from '../test-support/folded';
import { PartnerDirectoryPage } from './PartnerDirectoryPage';

afterEach(cleanup);

const fjc = { id: 'p-fjc', name: 'Family Justice Center Antwerpen', kind: 'fjc', province: 'Antwerpen', city: 'Antwerpen', phone: '', email: '', notes: 'Casusoverleg op dinsdag.', active: true, version: 3 };
const child = { id: 'p-cf', name: 'Child Focus', kind: 'other', province: null, city: 'Brussel', phone: '', email: '', notes: '', active: true, version: 1 };

describe('the partner directory', () => {
  it('searches by kind on the server and shows services for all of Flanders as such', async () => {
    const server = createFakeServer({ 'GET /api/partners': (request) => ({ body: { partners: request.query.get('kind') === 'fjc' ? [fjc] : [fjc, child] } }) });
    renderSection(<PartnerDirectoryPage />, server);
    await screen.findByRole('heading', { name: '2 diensten' }, { timeout: 5000 });
    expect(screen.getByText(/andere · heel Vlaanderen · Brussel/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Soort dienst'), { target: { value: 'fjc' } });
    await screen.findByRole('heading', { name: '1 diensten' });
    expect(server.last('GET /api/partners')?.query.get('kind')).toBe('fjc');
    expect(server.last('GET /api/partners')?.query.get('includeInactive')).toBe('false');
  });

  it('adds a service and edits one with the version it was based on', async () => {
    const server = createFakeServer({
      'GET /api/partners': () => ({ body: { partners: [fjc] } }),
      'POST /api/partners': (request) => ({ status: 201, body: { ...child, ...(request.body as object), id: 'p-new' } }),
      'POST /api/partners/p-fjc': () => ({ body: { ...fjc, active: false, version: 4 } }),
    });
    renderSection(<PartnerDirectoryPage />, server);
    await unfold('Dienst toevoegen');
    const add = screen.getByRole('form', { name: 'Dienst toevoegen' });
    fireEvent.change(within(add).getByLabelText(/^Naam/), { target: { value: 'CAW De Kempen' } });
    fireEvent.change(within(add).getByLabelText(/^Soort dienst/), { target: { value: 'caw' } });
    fireEvent.change(within(add).getByLabelText('Provincie'), { target: { value: 'Antwerpen' } });
    fireEvent.click(within(add).getByRole('button', { name: 'Dienst toevoegen' }));
    await waitFor(() => expect(server.last('POST /api/partners')?.body).toEqual({ name: 'CAW De Kempen', kind: 'caw', province: 'Antwerpen', city: '', phone: '', email: '', notes: '' }));

    await screen.findByRole('heading', { name: /Family Justice Center Antwerpen/ }, { timeout: 5000 });
    await unfold('Wijzigen: Family Justice Center Antwerpen');
    const edit = screen.getByRole('form', { name: 'Wijzigen: Family Justice Center Antwerpen' });
    fireEvent.click(within(edit).getByLabelText(/Deze dienst is actief/));
    fireEvent.click(within(edit).getByRole('button', { name: 'Wijzigingen bewaren' }));
    await waitFor(() => expect(server.last('POST /api/partners/p-fjc')?.body).toMatchObject({ version: 3, active: false, name: 'Family Justice Center Antwerpen', province: 'Antwerpen' }));
  });
});
