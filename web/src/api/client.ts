import type { ErrorBody, FieldErrorBody } from './types';

/** Every failed request ends up as one of these, so screens handle a single shape. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldErrorBody[] = [],
  ) {
    super(message);
  }
}

/** Codes the client itself produces when the server could not answer in the agreed shape. */
export const NETWORK_ERROR = 'network_error';
export const UNEXPECTED_RESPONSE = 'unexpected_response';

export type QueryValue = string | number | undefined | null;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /**
   * Sign-in routes answer 401 for a wrong password or code: that is an answer for the form,
   * not a sign that the session ended, so it must not bounce the user to the login page.
   */
  unauthorizedIsAnswer?: boolean;
}

export interface ApiClientOptions {
  fetch?: typeof fetch;
  getLocale: () => string;
  /** Defaults to reading document.cookie; tests pass their own jar. */
  readCookie?: (name: string) => string | undefined;
  /** Called on a 401 outside the sign-in flow: the session expired or was ended elsewhere. */
  onUnauthorized?: () => void;
  /**
   * Asked first when a save meets a 401: signs the same person in again without leaving the
   * page, after which the save is sent once more (see access/reauth.ts).
   */
  reauthenticate?: { readonly isPending: boolean; request(): Promise<boolean> };
  /** Localised text for failures that never reached the server or came back garbled. */
  describeFailure: (code: typeof NETWORK_ERROR | typeof UNEXPECTED_RESPONSE) => string;
}

export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  /**
   * A save sent outside this client (an upload through XMLHttpRequest, for its progress) under
   * the same rule as `post`: when it meets an expired session (ApiError 401), the worker signs in
   * again in the dialog and it is sent once more.
   */
  saveAfterSignIn<T>(send: () => Promise<T>): Promise<T>;
}

export const CSRF_COOKIE = 'schakel_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function readDocumentCookie(name: string): string | undefined {
  for (const pair of document.cookie.split(';')) {
    const separator = pair.indexOf('=');
    if (separator === -1) continue;
    if (pair.slice(0, separator).trim() === name) {
      return decodeURIComponent(pair.slice(separator + 1).trim());
    }
  }
  return undefined;
}

export function buildUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    // Empty filters are left out so the server never sees `actor=` and filters on "".
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

function wellFormedFields(value: unknown): FieldErrorBody[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (field): field is FieldErrorBody =>
      typeof field === 'object' &&
      field !== null &&
      typeof (field as Record<string, unknown>).path === 'string' &&
      typeof (field as Record<string, unknown>).message === 'string',
  );
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const readCookie = options.readCookie ?? readDocumentCookie;

  /** After a 401: true once the same person signed in again (when a retry is allowed), else off to the login. */
  async function signedInAgain(mayRetry: boolean): Promise<boolean> {
    if (mayRetry && options.reauthenticate && (await options.reauthenticate.request())) return true;
    options.onUnauthorized?.();
    return false;
  }

  async function request<T>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    requestOptions: RequestOptions,
    isRetry = false,
  ): Promise<T> {
    const headers = new Headers({
      Accept: 'application/json',
      'Accept-Language': options.getLocale(),
    });
    if (method !== 'GET') {
      // Double-submit cookie: the server compares this header with the cookie it set.
      const token = readCookie(CSRF_COOKIE);
      if (token !== undefined) headers.set(CSRF_HEADER, token);
    }
    // Fastify rejects an empty body declared as JSON, so the type is only sent with a body.
    if (body !== undefined) headers.set('Content-Type', 'application/json');

    let response: Response;
    try {
      response = await fetchImpl(buildUrl(path, requestOptions.query), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        signal: requestOptions.signal,
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError(0, NETWORK_ERROR, options.describeFailure(NETWORK_ERROR));
    }

    const payload = await readJson(response);
    if (response.ok) return payload as T;

    if (response.status === 401 && !requestOptions.unauthorizedIsAnswer) {
      // A save (or a read while the sign-in dialog is already open) waits for the worker to sign
      // in again and is then sent once more; a read on its own goes to the login page as before.
      const reauth = options.reauthenticate;
      if (await signedInAgain(!isRetry && (method !== 'GET' || reauth?.isPending === true))) {
        return request<T>(method, path, body, requestOptions, true);
      }
    }
    if (isErrorBody(payload)) {
      throw new ApiError(
        response.status,
        payload.code,
        payload.message,
        wellFormedFields(payload.fields),
      );
    }
    throw new ApiError(
      response.status,
      UNEXPECTED_RESPONSE,
      options.describeFailure(UNEXPECTED_RESPONSE),
    );
  }

  const expired = (error: unknown) => error instanceof ApiError && error.status === 401;

  return {
    get: (path, requestOptions = {}) => request('GET', path, undefined, requestOptions),
    post: (path, body, requestOptions = {}) => request('POST', path, body, requestOptions),
    saveAfterSignIn: async (send) => {
      try {
        return await send();
      } catch (error) {
        if (!expired(error) || !(await signedInAgain(true))) throw error;
      }
      try {
        return await send();
      } catch (error) {
        if (expired(error)) options.onUnauthorized?.();
        throw error;
      }
    },
  };
}
