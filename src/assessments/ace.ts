// Scoring the 10-item ACE screening. The score counts the categories answered "yes"; "unknown"
// and "declined" are not a "no", so with open answers the score is a lower bound and we say so.
// Four or more is a screening signal for the team to talk about, never a verdict on a family.
import { aceItems, type AceAnswer, type AceItem } from './assessments.tables.js';

/** CDC-Kaiser: 12.5 % of adults report four or more; the usual threshold for a signal. */
export const ACE_SIGNAL_THRESHOLD = 4;

export interface AceResult {
  score: number;
  /** Items answered "unknown" or "declined". */
  unanswered: number;
  /** Four or more categories answered "yes". */
  signal: boolean;
  /** Below the threshold now, but the open answers could reach it. */
  signalPossible: boolean;
}

export function scoreAce(answers: Record<AceItem, AceAnswer>): AceResult {
  let score = 0;
  let unanswered = 0;
  for (const item of aceItems) {
    const answer = answers[item];
    if (answer === 'yes') score += 1;
    else if (answer !== 'no') unanswered += 1;
  }
  const signal = score >= ACE_SIGNAL_THRESHOLD;
  return { score, unanswered, signal, signalPossible: !signal && score + unanswered >= ACE_SIGNAL_THRESHOLD };
}

/** Message keys (with parameters) that put the score into words for the worker. */
export function aceInterpretation(result: AceResult): { key: string; params: Record<string, number> }[] {
  const lines: { key: string; params: Record<string, number> }[] = [{ key: result.signal ? 'ace_signal' : 'ace_no_signal', params: { score: result.score, threshold: ACE_SIGNAL_THRESHOLD } }];
  if (result.unanswered > 0) lines.push({ key: 'ace_lower_bound', params: { score: result.score, unanswered: result.unanswered, threshold: ACE_SIGNAL_THRESHOLD } });
  if (result.signalPossible) lines.push({ key: 'ace_signal_possible', params: { score: result.score, threshold: ACE_SIGNAL_THRESHOLD } });
  lines.push({ key: 'ace_not_a_verdict', params: { score: result.score, threshold: ACE_SIGNAL_THRESHOLD } });
  return lines;
}
