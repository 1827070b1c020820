// Progress kept on this device only, and only when the professional asks for it. The stored
// record holds the sector, the answers and where they were; "forget" removes it completely.
import type { Answers, AnswerValue } from '../../../src/kindreflex/guide-content.schema';

export const PROGRESS_KEY = 'schakel.kindreflex.progress';

export interface GuideProgress {
  sector: string;
  contentVersion: string;
  answers: Record<string, AnswerValue>;
  /** A step id, or `outcome` once the guide has ended. */
  position: string;
  savedAt: string;
}

function isAnswers(value: unknown): value is Answers {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (v) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')),
  );
}

function isProgress(value: unknown): value is GuideProgress {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.sector === 'string' &&
    typeof p.contentVersion === 'string' &&
    typeof p.position === 'string' &&
    typeof p.savedAt === 'string' &&
    isAnswers(p.answers)
  );
}

/** Storage may be blocked (private mode, strict policies): the guide then simply does not remember. */
export function readProgress(storage: Storage | undefined): GuideProgress | null {
  try {
    const raw = storage?.getItem(PROGRESS_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isProgress(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveProgress(storage: Storage | undefined, progress: GuideProgress): void {
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // A full or blocked storage only means the guide will not remember; nothing is lost now.
  }
}

export function forgetProgress(storage: Storage | undefined): void {
  try {
    storage?.removeItem(PROGRESS_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
