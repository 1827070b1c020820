// The linkage secret: the key for the national-number pseudonyms and the master secret from
// which the CLK keys are derived. It is read from a file or an environment variable and never
// written next to the data: whoever holds the encodings *and* the secret can test guesses
// (an 11-digit number space is searched in seconds), so the two must travel separately.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LinkageInputError } from './linkage-error.js';

export const SECRET_ENV_VAR = 'SCHAKEL_LINK_KEY';
/** A shorter secret could be guessed; 16 bytes is the floor HMAC guidance asks of a real key. */
export const MINIMUM_SECRET_BYTES = 16;

export interface SecretSource {
  keyFile?: string;
  environment: NodeJS.ProcessEnv;
}

export function loadLinkageSecret(source: SecretSource): Buffer {
  if (source.keyFile !== undefined) return checkedSecret(readKeyFile(source.keyFile), { file: source.keyFile });
  const fromEnvironment = source.environment[SECRET_ENV_VAR];
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    return checkedSecret(Buffer.from(fromEnvironment.trim(), 'utf8'), { file: `$${SECRET_ENV_VAR}` });
  }
  throw new LinkageInputError(
    {},
    `geen sleutel: geef --key-file of zet ${SECRET_ENV_VAR}`,
    `no key: pass --key-file or set ${SECRET_ENV_VAR}`,
  );
}

function readKeyFile(path: string): Buffer {
  let content: Buffer;
  try {
    content = readFileSync(path);
  } catch {
    throw new LinkageInputError({ file: path }, 'sleutelbestand onleesbaar', 'key file unreadable');
  }
  // A trailing newline is an editor artefact, not part of the key; strip it so that
  // `echo` and a text editor produce the same key.
  return Buffer.from(content.toString('utf8').replace(/\r?\n$/, ''), 'utf8');
}

function checkedSecret(secret: Buffer, where: { file: string }): Buffer {
  if (secret.length < MINIMUM_SECRET_BYTES) {
    throw new LinkageInputError(
      where,
      `sleutel te kort (minstens ${MINIMUM_SECRET_BYTES} bytes)`,
      `key too short (at least ${MINIMUM_SECRET_BYTES} bytes)`,
    );
  }
  return secret;
}

/**
 * HMAC-SHA256 as lowercase hex. Used directly on the normalised 11-digit number, so that a
 * registry without Schakel can reproduce the pseudonym with any HMAC tool and the same key.
 */
export function hmacSha256Hex(key: Uint8Array, message: string | Uint8Array): string {
  return createHmac('sha256', key).update(message).digest('hex');
}
