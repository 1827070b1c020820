import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeServer } from '../test-support/fake-server';
import {
  ApiError,
  buildUrl,
  createApiClient,
  CSRF_HEADER,
  NETWORK_ERROR,
  readDocumentCookie,
  UNEXPECTED_RESPONSE,
} from './client';

function clientFor(
  server: ReturnType<typeof createFakeServer>,
  overrides: Partial<Parameters<typeof createApiClient>[0]> = {},
) {
  return createApiClient({
    fetch: server.fetch,
    getLocale: () => 'nl-BE',
    describeFailure: (code) => `failure:${code}`,
    ...overrides,
  });
}

afterEach(() => {
  document.cookie = 'schakel_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('api client', () => {
  it('sends the csrf cookie back as a header on every non-GET request, read at request time', async () => {
    const server = createFakeServer({ 'POST /api/auth/logout': () => ({ status: 204 }) });
    const api = clientFor(server);
    document.cookie = 'schakel_csrf=first-token';
    await api.post('/api/auth/logout');
    document.cookie = 'schakel_csrf=rotated%2Btoken';
    await api.post('/api/auth/logout');
    expect(server.requests.map((request) => request.headers.get(CSRF_HEADER))).toEqual([
      'first-token',
      'rotated+token',
    ]);
  });

  it('does not send the csrf header on GET requests', async () => {
    document.cookie = 'schakel_csrf=secret-token';
    const server = createFakeServer({
      'GET /api/auth/session': () => ({ body: { authenticated: false } }),
    });
    await clientFor(server).get('/api/auth/session');
    expect(server.last('GET /api/auth/session')?.headers.has(CSRF_HEADER)).toBe(false);
  });

  it('asks for answers in the chosen language at the time of each request', async () => {
    let locale = 'nl-BE';
    const server = createFakeServer({
      'GET /api/auth/session': () => ({ body: { authenticated: false } }),
    });
    const api = clientFor(server, { getLocale: () => locale });
    await api.get('/api/auth/session');
    locale = 'en';
    await api.get('/api/auth/session');
    expect(server.requests.map((request) => request.headers.get('Accept-Language'))).toEqual([
      'nl-BE',
      'en',
    ]);
  });

  it('posts JSON bodies and sends no content type without a body', async () => {
    const server = createFakeServer({
      'POST /api/auth/login': (request) => ({ body: { echoed: request.body } }),
      'POST /api/auth/logout': () => ({ status: 204 }),
    });
    const api = clientFor(server);
    await expect(api.post('/api/auth/login', { email: 'a@b.be', password: 'x' })).resolves.toEqual({
      echoed: { email: 'a@b.be', password: 'x' },
    });
    expect(server.last('POST /api/auth/login')?.headers.get('Content-Type')).toBe(
      'application/json',
    );
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
    expect(server.last('POST /api/auth/logout')?.headers.has('Content-Type')).toBe(false);
  });

  it('maps the error shape, including field errors, onto ApiError', async () => {
    const server = createFakeServer({
      'POST /api/admin/users': () => ({
        status: 400,
        body: {
          code: 'validation_failed',
          message: 'Controleer de gemarkeerde velden.',
          fields: [
            { path: 'email', message: 'Geen geldig e-mailadres.' },
            { path: 'children.0.name', message: 'Vul een naam in.' },
            { path: 42, message: 'dropped: malformed path' },
          ],
        },
      }),
    });
    const error = await clientFor(server)
      .post('/api/admin/users', {})
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('validation_failed');
    expect(apiError.message).toBe('Controleer de gemarkeerde velden.');
    expect(apiError.fields).toEqual([
      { path: 'email', message: 'Geen geldig e-mailadres.' },
      { path: 'children.0.name', message: 'Vul een naam in.' },
    ]);
  });

  it('turns answers outside the contract into a localised unexpected_response error', async () => {
    const server = createFakeServer({
      'GET /api/audit/verify': () => ({ status: 502, body: '<html>Bad gateway</html>' }),
    });
    const error = await clientFor(server)
      .get('/api/audit/verify')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      status: 502,
      code: UNEXPECTED_RESPONSE,
      message: `failure:${UNEXPECTED_RESPONSE}`,
    });
  });

  it('turns a failed connection into a network_error', async () => {
    const api = createApiClient({
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      getLocale: () => 'en',
      describeFailure: (code) => `failure:${code}`,
    });
    await expect(api.get('/api/auth/session')).rejects.toMatchObject({
      status: 0,
      code: NETWORK_ERROR,
    });
  });

  it('reports a 401 as signed out, except where the route says 401 is an answer', async () => {
    const onUnauthorized = vi.fn();
    const server = createFakeServer({
      'GET /api/admin/users': () => ({
        status: 401,
        body: { code: 'unauthenticated', message: 'Meld u aan.' },
      }),
      'POST /api/auth/login': () => ({
        status: 401,
        body: { code: 'invalid_credentials', message: 'Onjuist.' },
      }),
    });
    const api = clientFor(server, { onUnauthorized });
    await expect(
      api.post('/api/auth/login', {}, { unauthorizedIsAnswer: true }),
    ).rejects.toMatchObject({ code: 'invalid_credentials' });
    expect(onUnauthorized).not.toHaveBeenCalled();
    await expect(api.get('/api/admin/users')).rejects.toMatchObject({
      status: 401,
      code: 'unauthenticated',
    });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('leaves empty filters out of the query string', () => {
    expect(
      buildUrl('/api/audit/events', {
        actor: 'an@vk.be',
        recordType: '',
        recordId: undefined,
        cursor: null,
        from: '2026-01-01',
      }),
    ).toBe('/api/audit/events?actor=an%40vk.be&from=2026-01-01');
    expect(buildUrl('/api/audit/events', {})).toBe('/api/audit/events');
  });

  it('reads one cookie among several', () => {
    document.cookie = 'other=1';
    document.cookie = 'schakel_csrf=abc';
    expect(readDocumentCookie('schakel_csrf')).toBe('abc');
    expect(readDocumentCookie('missing')).toBeUndefined();
  });
});

describe('a save sent outside the client (an upload) that meets an expired session', () => {
  const expired = () => new ApiError(401, 'unauthenticated', 'Meld u aan.');

  it('waits for the sign-in dialog and sends it once more', async () => {
    const onUnauthorized = vi.fn();
    const request = vi.fn(() => Promise.resolve(true));
    const api = clientFor(createFakeServer(), { onUnauthorized, reauthenticate: { isPending: false, request } });
    const send = vi.fn().mockRejectedValueOnce(expired()).mockResolvedValueOnce('uploaded');
    await expect(api.saveAfterSignIn(send)).resolves.toBe('uploaded');
    expect(send).toHaveBeenCalledTimes(2);
    expect(request).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('goes to the login when the worker leaves the dialog, and never asks for other failures', async () => {
    const onUnauthorized = vi.fn();
    const request = vi.fn(() => Promise.resolve(false));
    const api = clientFor(createFakeServer(), { onUnauthorized, reauthenticate: { isPending: false, request } });
    const send = vi.fn().mockRejectedValue(expired());
    await expect(api.saveAfterSignIn(send)).rejects.toMatchObject({ status: 401 });
    expect(send).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    const refused = new ApiError(415, 'document_type_refused', 'Dit soort bestand kan niet.');
    await expect(api.saveAfterSignIn(() => Promise.reject(refused))).rejects.toBe(refused);
    expect(request).toHaveBeenCalledTimes(1);
  });
});
