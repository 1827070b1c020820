import { createMemoryHistory } from '@tanstack/react-router';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../app/App';
import { createSchakelApp } from '../app/create-app';
import { createFakeServer } from '../test-support/fake-server';
import { memoryStorage } from '../test-support/render';
import { signedInAs } from '../test-support/sessions';

afterEach(cleanup);
beforeAll(() => {
  window.scrollTo = () => undefined;
  // jsdom lacks CSS.escape, which React Aria's modal uses; browsers have it.
  globalThis.CSS ??= {} as typeof CSS;
  CSS.escape ??= (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`);
});

const admin = signedInAs('admin');
const centres = { centres: [{ id: 'c1', code: 'ANT', name: 'VK Antwerpen', kind: 'vk', teams: [{ id: 't1', name: 'Intake' }] }] };

function startOnNewUser(otherUser = false) {
  let saves = 0;
  const server = createFakeServer({
    'GET /api/auth/session': () => ({ body: admin }),
    'GET /api/auth/providers': () => ({ body: { oidc: null } }),
    'GET /api/admin/centres': () => ({ body: centres }),
    'GET /api/admin/users': () => ({ body: { users: [] } }),
    // The first save meets an expired session; after signing in again it lands.
    'POST /api/admin/users': () => (++saves === 1 ? { status: 401, body: { code: 'unauthenticated', message: 'Meld u opnieuw aan.' } } : { status: 201, body: { id: 'u-new' } }),
    'POST /api/auth/login': () => ({ body: otherUser ? signedInAs('caseworker', { stage: 'mfa_challenge' }) : { ...admin, stage: 'mfa_challenge' } }),
    'POST /api/auth/mfa/verify': () => ({ body: admin }),
  });
  const app = createSchakelApp({ fetch: server.fetch, history: createMemoryHistory({ initialEntries: ['/admin/users/new'] }), storage: memoryStorage() });
  render(<App app={app} />);
  return { app, server };
}

async function typeAndSave() {
  await screen.findByRole('heading', { level: 1, name: 'Nieuwe gebruiker' });
  fireEvent.change(await screen.findByLabelText(/^Naam/), { target: { value: 'Els Claes' } });
  fireEvent.change(screen.getByLabelText(/^E-mailadres/), { target: { value: 'els@vk.be' } });
  fireEvent.submit(screen.getByRole('form', { name: 'Nieuwe gebruiker' }));
  return screen.findByRole('dialog', { name: 'Meld u opnieuw aan om te bewaren' });
}

describe('a save that meets an expired session', () => {
  it('keeps the page, signs the same person in again with 2FA, then sends the same save', { timeout: 30_000 }, async () => {
    const { app, server } = startOnNewUser();
    const dialog = await typeAndSave();
    expect(dialog.textContent).toContain(admin.authenticated ? admin.user.email : '');
    expect(app.router.state.location.pathname).toBe('/admin/users/new');
    fireEvent.change(within(dialog).getByLabelText(/^Wachtwoord/), { target: { value: 'correct horse battery staple' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Verder' }));
    fireEvent.change(await within(dialog).findByLabelText(/^Code van 6 cijfers/), { target: { value: '123456' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Aanmelden en bewaren' }));
    await waitFor(() => expect(server.requests.filter((r) => r.method === 'POST' && r.path === '/api/admin/users')).toHaveLength(2));
    const [first, second] = server.requests.filter((r) => r.path === '/api/admin/users' && r.method === 'POST');
    expect(second!.body).toEqual(first!.body);
    expect(second!.body).toMatchObject({ displayName: 'Els Claes', email: 'els@vk.be' });
    expect(server.last('POST /api/auth/login')?.body).toEqual({ email: 'admin@vk-antwerpen.example', password: 'correct horse battery staple' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('lets the worker leave for the sign-in page instead', { timeout: 30_000 }, async () => {
    const { app } = startOnNewUser();
    await typeAndSave();
    fireEvent.click(screen.getByRole('button', { name: 'Naar de aanmeldpagina' }));
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/login'));
  });

  it('never lets another account take over the page', { timeout: 30_000 }, async () => {
    const { app, server } = startOnNewUser(true);
    const dialog = await typeAndSave();
    fireEvent.change(within(dialog).getByLabelText(/^Wachtwoord/), { target: { value: 'correct horse battery staple' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Verder' }));
    await waitFor(() => expect(app.router.state.location.pathname).toBe('/login'));
    expect(server.requests.filter((r) => r.method === 'POST' && r.path === '/api/admin/users')).toHaveLength(1);
  });
});
