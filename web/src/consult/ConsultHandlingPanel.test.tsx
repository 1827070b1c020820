import { useQuery } from '@tanstack/react-query';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useApi } from '../api/ApiContext';
import { renderSection } from '../assessments/render-section';
import { createFakeServer } from '../test-support/fake-server';
import { consultApi, consultKeys, type ConsultDetail } from './consult.api';
import { ConsultHandlingPanel } from './ConsultHandlingPanel';

afterEach(() => cleanup());

const ID = '22222222-2222-4222-8222-222222222222';
const PATH = `/api/consult/requests/${ID}`;
const ann = { id: '33333333-3333-4333-8333-333333333333', name: 'Ann Peeters' };
const bram = { id: '44444444-4444-4444-8444-444444444444', name: 'Bram Claes' };

function consult(overrides: Partial<ConsultDetail> = {}): ConsultDetail {
  return {
    id: ID, reference: 'T-2026-0001', channel: 'phone', sector: 'school_clb', professionalSector: 'school_clb', status: 'in_progress', urgency: 'normal', organisation: 'Basisschool De Linde',
    familyNamed: false, kindreflexStep: null, assignedTo: ann, followUpOn: null, followUpState: null, reportId: null, expectedResponseBy: '2026-12-04', createdAt: '2026-11-27T09:00:00.000Z', version: 1,
    guideOutcome: null, observations: null, considerations: null, decisions: null, question: 'Een leerling komt vaak met honger naar school.',
    contact: { name: 'Els Wouters', role: null, organisation: 'Basisschool De Linde', phone: null, email: null }, family: null, registeredBy: ann, advice: [],
    ...overrides,
  };
}

/** The panel as the detail page shows it: fed by the detail query, so a reload reaches it. */
function Detail() {
  const api = useApi();
  const detail = useQuery({ queryKey: consultKeys.detail(ID), queryFn: () => consultApi.detail(api, ID) });
  return detail.data ? <ConsultHandlingPanel consult={detail.data} /> : null;
}

/** A colleague saved version 2 (urgency acute, Bram handles it) just before our save of version 1. */
function serverWithColleague() {
  let current = consult();
  const server = createFakeServer({
    [`GET ${PATH}`]: () => ({ body: current }),
    'GET /api/consult/handlers': () => ({ body: { handlers: [ann, bram] } }),
    [`POST ${PATH}`]: (request) => {
      const body = request.body as { version: number; followUpOn: string | null; urgency: ConsultDetail['urgency']; assignedTo: string | null };
      if (body.version !== current.version) return { status: 409, body: { code: 'conflict', message: 'Iemand anders heeft dit intussen gewijzigd.', fields: [] } };
      current = consult({ ...current, version: current.version + 1, followUpOn: body.followUpOn, urgency: body.urgency, assignedTo: body.assignedTo === bram.id ? bram : ann });
      return { body: current };
    },
  });
  const colleagueSaves = () => (current = consult({ version: 2, urgency: 'acute', assignedTo: bram }));
  return { server, colleagueSaves };
}

async function saveAfterColleague() {
  const { server, colleagueSaves } = serverWithColleague();
  renderSection(<Detail />, server);
  const form = await screen.findByRole('form', { name: 'Behandeling' }, { timeout: 5000 });
  await within(form).findByRole('option', { name: 'Bram Claes' });
  fireEvent.change(within(form).getByLabelText('Opvolgen op'), { target: { value: '2026-12-15' } });
  colleagueSaves();
  fireEvent.click(within(form).getByRole('button', { name: 'Bewaren' }));
  const notice = await screen.findByRole('alert');
  await within(notice).findByText('Urgentie:', { exact: false });
  return { server, form, notice };
}

describe('handling a question after a colleague saved first', () => {
  it('keeps the conflict on screen with what changed, after the newest values are loaded, until saved again', async () => {
    const { server, form, notice } = await saveAfterColleague();
    expect(notice.textContent).toContain('Iemand anders wijzigde deze vraag intussen');
    expect(within(notice).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Behandelaar: Bram Claes', 'Urgentie: Acuut']);
    // The newest values stand in the fields the worker left alone; the worker's own choice stays.
    expect(within(form).getByLabelText<HTMLSelectElement>('Urgentie').value).toBe('acute');
    expect(within(form).getByLabelText<HTMLSelectElement>('Behandelaar').value).toBe(bram.id);
    expect(within(form).getByLabelText<HTMLInputElement>('Opvolgen op').value).toBe('2026-12-15');
    // The reload is done and the notice is still there.
    await waitFor(() => expect(server.requests.filter((r) => r.method === 'GET' && r.path === PATH).length).toBeGreaterThanOrEqual(2));
    expect(screen.getByRole('alert')).toBe(notice);

    fireEvent.click(within(form).getByRole('button', { name: 'Bewaren' }));
    await within(form).findByText('Bewaard.');
    expect(server.last(`POST ${PATH}`)?.body).toEqual({ version: 2, assignedTo: bram.id, urgency: 'acute', kindreflexStep: null, followUpOn: '2026-12-15' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lets the worker dismiss the notice without saving', async () => {
    const { notice } = await saveAfterColleague();
    fireEvent.click(within(notice).getByRole('button', { name: 'Melding sluiten' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
