import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LinkageInputError } from './linkage-error.js';
import { hmacSha256Hex, loadLinkageSecret, SECRET_ENV_VAR } from './linkage-secret.js';

describe('HMAC-SHA256 pseudonyms', () => {
  it('matches RFC 4231 test case 2', () => {
    expect(hmacSha256Hex(Buffer.from('Jefe'), 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('depends on the key, so a plain hash table of all numbers does not reverse it', () => {
    expect(hmacSha256Hex(Buffer.from('key one, long enough'), '93051822361')).not.toBe(
      hmacSha256Hex(Buffer.from('key two, long enough'), '93051822361'),
    );
  });
});

describe('loading the linkage secret', () => {
  const folder = mkdtempSync(join(tmpdir(), 'schakel-secret-'));

  it('reads a key file and ignores its trailing newline', () => {
    const file = join(folder, 'key.txt');
    writeFileSync(file, 'a-sufficiently-long-secret\n');
    expect(loadLinkageSecret({ keyFile: file, environment: {} }).toString()).toBe('a-sufficiently-long-secret');
  });

  it('falls back to the environment variable', () => {
    const secret = loadLinkageSecret({ environment: { [SECRET_ENV_VAR]: 'another-long-enough-secret' } });
    expect(secret.toString()).toBe('another-long-enough-secret');
  });

  it('refuses a missing file, a short key and no key at all, without echoing the key', () => {
    expect(() => loadLinkageSecret({ keyFile: join(folder, 'absent'), environment: {} })).toThrow(LinkageInputError);
    const short = join(folder, 'short.txt');
    writeFileSync(short, 'tiny');
    try {
      loadLinkageSecret({ keyFile: short, environment: {} });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LinkageInputError);
      expect((error as LinkageInputError).toUserMessage()).not.toContain('tiny');
    }
    expect(() => loadLinkageSecret({ environment: {} })).toThrow(/SCHAKEL_LINK_KEY/);
  });
});
