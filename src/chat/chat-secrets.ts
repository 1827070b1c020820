// The secrets of an anonymous chat, and how little of them is stored. The conversation token and
// the code word are the child's only keys: the server keeps a keyed hash of the token (fast, for
// a lookup per connection) and a slow, peppered argon2id hash of the code word (a guessable word
// must not be crackable from a database copy).
import { createHmac, randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';

export const CODE_WORD_MIN = 8;
export const CODE_WORD_MAX = 64;

export class ChatSecrets {
  private readonly tokenKey: Buffer;
  private readonly codeWordSalt: Buffer;
  private readonly codeWordPepper: Buffer;

  constructor(serverKey: string) {
    const derive = (purpose: string) => createHmac('sha256', serverKey).update(`schakel-chat:${purpose}`).digest();
    this.tokenKey = derive('token');
    // One salt for all code words, so a code word can be found by its hash; the pepper (the
    // server key) keeps that from making offline guessing easier for someone with only the data.
    this.codeWordSalt = derive('code-word-salt').subarray(0, 16);
    this.codeWordPepper = derive('code-word-pepper');
  }

  newToken(): string {
    return randomBytes(32).toString('base64url');
  }

  tokenHash(token: string): string {
    return createHmac('sha256', this.tokenKey).update(token).digest('hex');
  }

  async codeWordHash(codeWord: string): Promise<string> {
    return hash(normaliseCodeWord(codeWord), { salt: this.codeWordSalt, secret: this.codeWordPepper });
  }
}

/** Case, spacing and accents typed differently on another phone still match. */
export function normaliseCodeWord(codeWord: string): string {
  return codeWord.normalize('NFKC').trim().toLocaleLowerCase('nl-BE').replace(/\s+/g, ' ');
}

export function codeWordAcceptable(codeWord: string): boolean {
  const normal = normaliseCodeWord(codeWord);
  return normal.length >= CODE_WORD_MIN && normal.length <= CODE_WORD_MAX;
}
