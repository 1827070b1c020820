// One error shape for every failure: { code, message, fields?: [{ path, message }] }, in the
// caller's language. Nothing unexpected reaches the client as a 500 with internals, and no error
// message echoes what the user typed (it could be personal data).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pickLocale, translate, type Locale } from './i18n.js';
import './platform.messages.js';

export interface FieldError {
  path: string;
  message: string;
}

export interface ErrorBody {
  code: string;
  message: string;
  fields?: FieldError[];
}

/** A field problem whose message is an i18n key, translated when the response is written. */
export interface FieldProblem {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly fieldProblems: FieldProblem[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
}

export const notFound = (): AppError => new AppError(404, 'not_found');
export const forbidden = (): AppError => new AppError(403, 'forbidden');
export const invalid = (problems: FieldProblem[]): AppError =>
  new AppError(400, 'validation_failed', {}, problems);

/** Validation failure from a Zod schema, kept raw so it can be translated per request. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly issues: z.core.$ZodIssue[],
    readonly part: string,
  ) {
    super('validation_failed');
  }
}

const zodLocales: Record<Locale, { localeError: z.core.$ZodErrorMap }> = {
  'nl-BE': z.locales.nl(),
  en: z.locales.en(),
};

export function zodFieldErrors(issues: z.core.$ZodIssue[], locale: Locale, part?: string): FieldError[] {
  const map = zodLocales[locale].localeError;
  return issues.map((issue) => {
    const localized = map(issue as never);
    const message = typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
    const path = issue.path.map(String).join('.');
    return { path: path || (part === 'body' ? '' : (part ?? '')), message };
  });
}

const fastifyCodes: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'empty_body' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_request' },
};

export function errorBody(error: unknown, locale: Locale, bodyLimit: number): { status: number; body: ErrorBody; headers?: Record<string, string> } {
  if (error instanceof AppError) {
    const fields = error.fieldProblems.map((p) => ({ path: p.path, message: translate(locale, p.key, p.params) }));
    return {
      status: error.statusCode,
      body: { code: error.code, message: translate(locale, error.code, error.params), ...(fields.length ? { fields } : {}) },
      headers: error.headers,
    };
  }
  if (error instanceof RequestValidationError) {
    return {
      status: 400,
      body: { code: 'validation_failed', message: translate(locale, 'validation_failed'), fields: zodFieldErrors(error.issues, locale, error.part) },
    };
  }
  const fe = error as Partial<FastifyError>;
  const known = fe.code ? fastifyCodes[fe.code] : undefined;
  if (known) {
    const params = { limit: `${Math.round(bodyLimit / 1024)} kB` };
    return { status: known.status, body: { code: known.code, message: translate(locale, known.code, params) } };
  }
  if (fe.statusCode === 429) return { status: 429, body: { code: 'rate_limited', message: translate(locale, 'rate_limited') } };
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: fe.statusCode, body: { code: 'bad_request', message: translate(locale, 'bad_request') } };
  }
  return { status: 500, body: { code: 'internal_error', message: translate(locale, 'internal_error') } };
}

export function localeOf(request: FastifyRequest): Locale {
  return pickLocale(request.headers['accept-language']);
}

export function installErrorHandling(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body, headers } = errorBody(error, localeOf(request), bodyLimit);
    if (status >= 500) {
      // Only the type, code and stack frames: a driver's message can quote stored values.
      const e = error as Partial<Error & { code: string }>;
      request.log.error({ errType: e.name, errCode: e.code, stack: e.stack?.split('\n').slice(1, 8).join('\n') }, 'unhandled error');
    }
    if (headers) void reply.headers(headers);
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ code: 'not_found', message: translate(localeOf(request), 'not_found') }),
  );
}
