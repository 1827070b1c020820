// The server key seals TOTP secrets. Production must pass it in (SCHAKEL_SECRET_KEY, the same on
// every process); a laptop gets one generated into the data folder on first start.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { ConfigError, type Config } from './config.js';

export function resolveSecretKey(config: Config): string {
  if (config.secretKey) return config.secretKey;
  if (config.env === 'production') {
    throw new ConfigError('SCHAKEL_SECRET_KEY is required in production (at least 32 characters, the same on every process).');
  }
  const file = join(config.dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}
