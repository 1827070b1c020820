// A stand-in for the API in jsdom tests: answers by "METHOD /path" and records every request so
// tests can assert on what the browser code actually sent (headers, query, body).

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

export interface FakeResponse {
  status?: number;
  body?: unknown;
}

export type FakeHandler = (request: RecordedRequest) => FakeResponse;

export interface FakeServer {
  fetch: typeof fetch;
  requests: RecordedRequest[];
  on(route: string, handler: FakeHandler): void;
  last(route: string): RecordedRequest | undefined;
}

function parseBody(body: BodyInit | null | undefined): unknown {
  if (typeof body !== 'string') return undefined;
  return JSON.parse(body) as unknown;
}

export function createFakeServer(initialRoutes: Record<string, FakeHandler> = {}): FakeServer {
  const routes = new Map(Object.entries(initialRoutes));
  const requests: RecordedRequest[] = [];
  const fakeFetch = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      'http://localhost',
    );
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init.headers),
      body: parseBody(init.body),
    };
    requests.push(request);
    const handler = routes.get(`${request.method} ${request.path}`);
    const answer: FakeResponse = handler
      ? handler(request)
      : { status: 404, body: { code: 'not_found', message: 'Niet gevonden' } };
    const status = answer.status ?? 200;
    const text = answer.body === undefined ? null : JSON.stringify(answer.body);
    return Promise.resolve(
      new Response(text, { status, headers: { 'Content-Type': 'application/json' } }),
    );
  };
  return {
    fetch: fakeFetch,
    requests,
    on: (route, handler) => void routes.set(route, handler),
    last: (route) =>
      requests.filter((request) => `${request.method} ${request.path}` === route).at(-1),
  };
}
