import { createMemoryHistory } from '@tanstack/react-router';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../api/types';
import { createFakeServer, type FakeServer } from '../test-support/fake-server';
import { memoryStorage } from '../test-support/render';
import { signedInAs, signedOut } from '../test-support/sessions';
import { App } from './App';
import { createSchakelApp } from './create-app';

afterEach(cleanup);

beforeAll(() => {
  // jsdom has no layout, so no scrolling; the router's scroll restoration calls it on navigation.
  window.scrollTo = () => undefined;
});

function startApp(path: string, session: Session, server: FakeServer = createFakeServer()) {
  server.on('GET /api/auth/session', () => ({ body: session }));
  server.on('GET /api/auth/providers', () => ({ body: { oidc: null } }));
  const app = createSchakelApp({
    fetch: server.fetch,
    history: createMemoryHistory({ initialEntries: [path] }),
    storage: memoryStorage(),
  });
  render(<App app={app} />);
  return { app, server };
}

const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

describe('the app in jsdom, against a fake API', () => {
  it('sends a signed-out visitor to the login page, remembering where they were going', async () => {
    const { app } = startApp('/audit', signedOut);
    await heading('Aanmelden');
    expect(app.router.state.location.pathname).toBe('/login');
    expect(app.router.state.location.search).toEqual({ redirect: '/audit' });
  });

  it('keeps the e-mail address, clears the password and shows the server message after a refusal', async () => {
    const server = createFakeServer({
      'POST /api/auth/login': () => ({
        status: 401,
        body: { code: 'invalid_credentials', message: 'E-mailadres of wachtwoord klopt niet.' },
      }),
    });
    startApp('/login', signedOut, server);
    await heading('Aanmelden');
    fireEvent.change(screen.getByLabelText(/E-mailadres/), {
      target: { value: 'an@vk-antwerpen.be' },
    });
    fireEvent.change(screen.getByLabelText(/Wachtwoord/), { target: { value: 'verkeerd' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'E-mailadres of wachtwoord klopt niet.',
    );
    expect(screen.getByLabelText<HTMLInputElement>(/E-mailadres/).value).toBe('an@vk-antwerpen.be');
    expect(screen.getByLabelText<HTMLInputElement>(/Wachtwoord/).value).toBe('');
    expect(server.last('POST /api/auth/login')?.body).toEqual({
      email: 'an@vk-antwerpen.be',
      password: 'verkeerd',
    });
  });

  it('takes a demo caseworker from login to a home marked DEMO, with only the pages that exist', async () => {
    const server = createFakeServer({
      'POST /api/auth/login': () => ({ body: signedInAs('caseworker', { isDemo: true }) }),
    });
    const { app } = startApp('/login', signedOut, server);
    await heading('Aanmelden');
    fireEvent.change(screen.getByLabelText(/E-mailadres/), {
      target: { value: 'caseworker@demo.schakel.be' },
    });
    fireEvent.change(screen.getByLabelText(/Wachtwoord/), { target: { value: 'demo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
    await heading('Welkom, An Peeters');
    expect(app.router.state.location.pathname).toBe('/');
    expect(within(screen.getByRole('banner')).getByText('DEMO')).toBeTruthy();
    const navigation = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(
      within(navigation)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Start', 'Mijn dossiers', 'Advies en consult']);
    expect(
      within(navigation).getByRole('link', { name: 'Start' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(screen.getByRole('heading', { name: 'Mijn dossiers' })).toBeTruthy();
  });

  it('sends staff without 2FA to enrolment, whatever page they ask for', async () => {
    const server = createFakeServer({
      'POST /api/auth/mfa/enrol': () => ({
        body: {
          secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
          otpauthUrl: 'otpauth://totp/x',
          qrSvg: '<svg/>',
        },
      }),
    });
    const { app } = startApp('/', signedInAs('caseworker', { stage: 'mfa_enrol' }), server);
    await heading('Tweestapsverificatie instellen');
    expect(app.router.state.location.pathname).toBe('/2fa/enrol');
    expect((await screen.findByTestId('totp-secret')).textContent).toBe(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP',
    );
    expect(
      server.requests.filter((request) => request.path === '/api/auth/mfa/enrol'),
    ).toHaveLength(1);
  });

  it('confirms the code, shows the recovery codes once and only then goes home', async () => {
    const server = createFakeServer({
      'POST /api/auth/mfa/enrol': () => ({
        body: {
          secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
          otpauthUrl: 'otpauth://totp/x',
          qrSvg: '<svg/>',
        },
      }),
      'POST /api/auth/mfa/enrol/confirm': () => ({
        body: { recoveryCodes: ['aaaa-1111', 'bbbb-2222'], session: signedInAs('caseworker') },
      }),
    });
    const { app } = startApp(
      '/2fa/enrol',
      signedInAs('caseworker', { stage: 'mfa_enrol' }),
      server,
    );
    fireEvent.change(await screen.findByLabelText(/Code van 6 cijfers/), {
      target: { value: '123 456' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bevestigen' }));
    await heading('Bewaar uw herstelcodes');
    expect(server.last('POST /api/auth/mfa/enrol/confirm')?.body).toEqual({ code: '123456' });
    const codes = within(screen.getByRole('list', { name: 'Herstelcodes' })).getAllByRole(
      'listitem',
    );
    expect(codes.map((item) => item.textContent)).toEqual(['aaaa-1111', 'bbbb-2222']);
    // Still on the enrolment address until the user says the codes are stored.
    expect(app.router.state.location.pathname).toBe('/2fa/enrol');
    fireEvent.click(screen.getByRole('button', { name: 'Ik heb ze veilig bewaard' }));
    await heading('Welkom, An Peeters');
    expect(
      server.requests.filter((request) => request.path === '/api/auth/mfa/enrol'),
    ).toHaveLength(1);
  });

  it('answers a page outside the role with "not found", inside the staff layout', async () => {
    startApp('/audit', signedInAs('caseworker'));
    await heading('Pagina niet gevonden');
    expect(screen.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeTruthy();
    expect(screen.getByRole('main').contains(screen.getByRole('heading', { level: 1 }))).toBe(true);
  });

  it('answers an unknown address with "not found" in a page that still has a main landmark', async () => {
    startApp('/no-such-page', signedInAs('caseworker'));
    await heading('Pagina niet gevonden');
    expect(screen.getByRole('main').contains(screen.getByRole('heading', { level: 1 }))).toBe(true);
  });

  it('lets the DPO filter the audit log through the URL, and shows filter errors on the fields', async () => {
    const server = createFakeServer({
      'GET /api/audit/events': (request) =>
        request.query.get('from') === '2026-02-01'
          ? {
              status: 400,
              body: {
                code: 'validation_failed',
                message: 'Controleer de filters.',
                fields: [{ path: 'from', message: 'Vanaf ligt na tot en met.' }],
              },
            }
          : { body: { events: [], nextCursor: null } },
    });
    const { app } = startApp('/audit?actor=an%40vk.be', signedInAs('dpo'), server);
    await heading('Auditlog');
    await screen.findByText('Geen gebeurtenissen');
    expect(server.last('GET /api/audit/events')?.query.get('actor')).toBe('an@vk.be');
    expect(screen.getByLabelText<HTMLInputElement>(/^Wie/).value).toBe('an@vk.be');

    fireEvent.change(screen.getByLabelText('Vanaf'), { target: { value: '2026-02-01' } });
    fireEvent.change(screen.getByLabelText('Tot en met'), { target: { value: '2026-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filteren' }));
    await waitFor(() =>
      expect(app.router.state.location.search).toEqual({
        actor: 'an@vk.be',
        from: '2026-02-01',
        to: '2026-01-01',
      }),
    );
    await waitFor(() =>
      expect(screen.getByLabelText('Vanaf').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByRole('alert').textContent).toContain('Vanaf ligt na tot en met.');
  });

  it('returns to the login page when the session ends during work', async () => {
    const server = createFakeServer({
      'GET /api/admin/users': () => ({
        status: 401,
        body: { code: 'unauthenticated', message: 'Meld u opnieuw aan.' },
      }),
    });
    const { app } = startApp('/admin/users', signedInAs('admin'), server);
    await heading('Aanmelden');
    expect(app.router.state.location.search).toEqual({ redirect: '/admin/users' });
  });

  it('keeps what the admin typed when the server refuses a new user, with the error on the field', async () => {
    const server = createFakeServer({
      'GET /api/admin/centres': () => ({
        body: {
          centres: [
            {
              id: 'c1',
              code: 'ANT',
              name: 'VK Antwerpen',
              kind: 'vk',
              teams: [{ id: 't1', name: 'Intake' }],
            },
          ],
        },
      }),
      'POST /api/admin/users': () => ({
        status: 400,
        body: {
          code: 'validation_failed',
          message: 'Controleer de velden.',
          fields: [{ path: 'email', message: 'Dit e-mailadres is al in gebruik.' }],
        },
      }),
    });
    startApp('/admin/users/new', signedInAs('admin'), server);
    await heading('Nieuwe gebruiker');
    fireEvent.change(await screen.findByLabelText(/^Naam/), { target: { value: 'Els Claes' } });
    fireEvent.change(screen.getByLabelText(/^E-mailadres/), { target: { value: 'els@vk.be' } });
    fireEvent.submit(screen.getByRole('form', { name: 'Nieuwe gebruiker' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/^E-mailadres/).getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByRole('alert').textContent).toContain('Dit e-mailadres is al in gebruik.');
    expect(screen.getByLabelText<HTMLInputElement>(/^Naam/).value).toBe('Els Claes');
    expect(server.last('POST /api/admin/users')?.body).toMatchObject({
      displayName: 'Els Claes',
      email: 'els@vk.be',
      teamIds: [],
    });
  });
});
