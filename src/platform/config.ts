// Configuration comes from the environment only, read once at start-up and validated, so that a
// typo in a production variable stops the process with a clear message instead of running
// half-configured.
import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  SCHAKEL_DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SCHAKEL_PUBLIC_URL: z.string().url().optional(),
  SCHAKEL_TRUST_PROXY: bool,
  SCHAKEL_SECRET_KEY: z.string().min(32).optional(),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_REDIRECT_URI: z.string().url().optional(),
  OIDC_CLAIM: z.string().default('email'),
  OIDC_LABEL: z.string().default('SSO'),
  OIDC_TRUST_MFA: bool,
  SCHAKEL_DOCUMENT_MAX_MB: z.coerce.number().positive().max(1024).default(20),
});

export type Env = z.infer<typeof envSchema>;

export interface AuthSettings {
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
  /** Wrong passwords before each further attempt is slowed down. */
  slowDownAfter: number;
  slowDownStepMs: number;
  slowDownMaxMs: number;
  /** Wrong passwords in a row that lock an account. */
  lockAfter: number;
  lockMs: number;
  /** Failed logins from one address (any account) within the window that block the address. */
  ipLockAfter: number;
  ipWindowMs: number;
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  redirectUri: string;
  claim: string;
  label: string;
  trustMfa: boolean;
}

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  publicUrl: string | undefined;
  trustProxy: boolean;
  secretKey: string | undefined;
  auth: AuthSettings;
  oidc: OidcSettings | undefined;
  /** Run background jobs in this process (tests switch it off). */
  jobs: boolean;
  /** The largest document a case file takes (SCHAKEL_DOCUMENT_MAX_MB, default 20 MB). */
  documentMaxBytes: number;
}

export const defaultAuthSettings: AuthSettings = {
  idleTimeoutMs: 30 * 60_000,
  absoluteTimeoutMs: 12 * 3_600_000,
  slowDownAfter: 5,
  slowDownStepMs: 250,
  slowDownMaxMs: 2_000,
  lockAfter: 20,
  lockMs: 15 * 60_000,
  ipLockAfter: 100,
  ipWindowMs: 15 * 60_000,
};

export class ConfigError extends Error {}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.SCHAKEL_DATA_DIR),
    logLevel: e.LOG_LEVEL,
    publicUrl: e.SCHAKEL_PUBLIC_URL,
    trustProxy: e.SCHAKEL_TRUST_PROXY ?? false,
    secretKey: e.SCHAKEL_SECRET_KEY,
    auth: defaultAuthSettings,
    oidc: oidcFrom(e),
    jobs: true,
    documentMaxBytes: Math.round(e.SCHAKEL_DOCUMENT_MAX_MB * 1024 * 1024),
  };
}

function oidcFrom(e: Env): OidcSettings | undefined {
  if (!e.OIDC_ISSUER) return undefined;
  if (!e.OIDC_CLIENT_ID || !e.OIDC_REDIRECT_URI) {
    throw new ConfigError('OIDC_ISSUER is set: OIDC_CLIENT_ID and OIDC_REDIRECT_URI are required too.');
  }
  return {
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    redirectUri: e.OIDC_REDIRECT_URI,
    claim: e.OIDC_CLAIM,
    label: e.OIDC_LABEL,
    trustMfa: e.OIDC_TRUST_MFA ?? false,
  };
}
