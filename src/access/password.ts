// Passwords: argon2id, at least 12 characters, and not one of the passwords attackers try first.
import { hash, verify } from '@node-rs/argon2';
import type { FieldProblem } from '../platform/errors.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

// Words that, padded with digits or symbols, make up most leaked passwords (English, Dutch,
// French, and this sector's own vocabulary). A password whose letters reduce to one of these is
// refused whatever its length.
const commonBases = new Set(
  `password passw0rd wachtwoord paswoord motdepasse welkom welcome bienvenue admin administrator
  administrateur root user gebruiker letmein iloveyou ikhouvanjou jetaime qwerty azerty qwertz
  qwertyuiop azertyuiop asdfgh asdfghjkl zxcvbnm abc abcdef abcdefgh monkey dragon football voetbal
  baseball sunshine princess master shadow superman batman trustno login changeme secret geheim
  zomer winter lente herfst summer autumn spring janvier januari februari maart april mei juni juli
  augustus september oktober november december belgie belgium belgique vlaanderen flanders brussel
  brussels bruxelles antwerpen gent leuven brugge hasselt schakel vertrouwenscentrum kindermishandeling
  jeugdhulp hotline chat test testing demo temp tijdelijk default standaard company bedrijf`
    .split(/\s+/)
    .filter(Boolean),
);

function isSequential(s: string): boolean {
  const codes = [...s].map((c) => c.charCodeAt(0));
  const steps = new Set(codes.slice(1).map((c, i) => c - codes[i]!));
  return steps.size === 1 && [0, 1, -1].includes([...steps][0]!);
}

/** Problems with a new password, as i18n field problems (empty when acceptable). */
export function passwordProblems(password: string, context: { email?: string } = {}): FieldProblem[] {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return [{ path: 'password', key: 'password_too_short', params: { min: MIN_PASSWORD_LENGTH } }];
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return [{ path: 'password', key: 'password_too_long', params: { max: MAX_PASSWORD_LENGTH } }];
  }
  const lower = password.toLowerCase();
  const letters = lower.replace(/[^a-z]/g, '');
  const localPart = context.email?.split('@')[0]?.toLowerCase();
  const common =
    isSequential(lower) ||
    new Set(lower).size <= 3 ||
    letters.length === 0 ||
    commonBases.has(letters) ||
    [...commonBases].some((b) => letters === b + b) ||
    (localPart !== undefined && localPart.length >= 3 && lower.includes(localPart));
  return common ? [{ path: 'password', key: 'password_too_common' }] : [];
}

export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verifying against this when the account does not exist keeps the response time the same, so
// timing does not reveal which e-mail addresses have an account.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hash('not-a-real-account-password');
  await verifyPassword(await dummyHash, password);
}
