// The 0–10 safety scale as the team reads it: each person's latest score side by side, so that
// disagreement between the worker, the parents, the child and partners is visible at a glance
// instead of being averaged away.
import type { ScorerKind } from './assessments.tables.js';

/** A gap of three points or more between two people is a disagreement worth discussing. */
export const DISAGREEMENT_GAP = 3;

export interface ScaleScore {
  scorerKind: ScorerKind;
  scorerLabel: string;
  score: number;
  scoredOn: string;
  createdAt: Date;
}

export interface ScaleSummary<S extends ScaleScore> {
  /** The most recent score of each person (kind + label), lowest first. */
  latest: S[];
  lowest: number | null;
  highest: number | null;
  spread: number;
  disagreement: boolean;
  scorerKinds: ScorerKind[];
}

const personKey = (s: ScaleScore) => `${s.scorerKind}\u0000${s.scorerLabel.trim().toLowerCase()}`;

export function summariseScale<S extends ScaleScore>(scores: readonly S[]): ScaleSummary<S> {
  const latestByPerson = new Map<string, S>();
  for (const s of scores) {
    const current = latestByPerson.get(personKey(s));
    const newer = !current || s.scoredOn > current.scoredOn || (s.scoredOn === current.scoredOn && s.createdAt > current.createdAt);
    if (newer) latestByPerson.set(personKey(s), s);
  }
  const latest = [...latestByPerson.values()].sort((a, b) => a.score - b.score || a.scorerLabel.localeCompare(b.scorerLabel));
  const values = latest.map((s) => s.score);
  const lowest = values.length ? Math.min(...values) : null;
  const highest = values.length ? Math.max(...values) : null;
  const spread = lowest === null || highest === null ? 0 : highest - lowest;
  return { latest, lowest, highest, spread, disagreement: spread >= DISAGREEMENT_GAP, scorerKinds: [...new Set(latest.map((s) => s.scorerKind))] };
}
