// Where the professional is in the guide and what they answered. Everything lives in memory;
// it is written to this device's storage only when they chose "keep my answers".
import { useEffect, useMemo, useState } from 'react';
import type { AnswerValue, GuideContent, Step } from '../../../src/kindreflex/guide-content.schema';
import { decide, missingAnswers, stepById, walk } from '../../../src/kindreflex/guide-engine';
import { guideFor } from './guide-content';
import {
  browserStorage,
  forgetProgress,
  readProgress,
  saveProgress,
  type GuideProgress,
} from './guide-storage';

export const OUTCOME = 'outcome';

interface GuideState {
  sector: string | null;
  answers: Record<string, AnswerValue>;
  position: string | null;
  remember: boolean;
}

const initial: GuideState = { sector: null, answers: {}, position: null, remember: false };

export interface Guide {
  content: GuideContent | undefined;
  answers: Record<string, AnswerValue>;
  /** The step shown, or null on the start page and at the outcome. */
  step: Step | null;
  atOutcome: boolean;
  /** Steps walked so far, in order (the current one included). */
  path: string[];
  saved: GuideProgress | null;
  start(sector: string, remember: boolean): void;
  resume(): void;
  answer(questionId: string, value: AnswerValue | undefined): void;
  /** Moves on when the step is complete; otherwise returns the ids still missing. */
  next(): string[];
  back(): void;
  goTo(stepId: string): void;
  /** Clears the answers here and on this device, back to the start. */
  forget(): void;
}

export function useGuide(storage: Storage | undefined = browserStorage()): Guide {
  const [state, setState] = useState<GuideState>(initial);
  const [saved, setSaved] = useState<GuideProgress | null>(() => readProgress(storage));
  const content = guideFor(state.sector);
  const walked = useMemo(
    () => (content ? walk(content, state.answers) : null),
    [content, state.answers],
  );

  useEffect(() => {
    if (!state.remember || !content || state.position === null) return;
    const progress = {
      sector: content.sector,
      contentVersion: content.version,
      answers: state.answers,
      position: state.position,
      savedAt: new Date().toISOString(),
    };
    saveProgress(storage, progress);
  }, [state, content, storage]);

  const step =
    content && state.position !== null && state.position !== OUTCOME
      ? (stepById(content, state.position) ?? null)
      : null;
  const path = walked
    ? walked.steps.slice(
        0,
        state.position === OUTCOME ? undefined : walked.steps.indexOf(state.position ?? '') + 1,
      )
    : [];

  return {
    content,
    answers: state.answers,
    step,
    atOutcome: state.position === OUTCOME && walked?.outcome !== null,
    path,
    saved,
    start(sector, remember) {
      const chosen = guideFor(sector);
      if (!chosen) return;
      if (!remember) forgetProgress(storage);
      setState({ sector, answers: {}, position: chosen.steps[0]?.id ?? null, remember });
    },
    resume() {
      const resumed = saved ? guideFor(saved.sector) : undefined;
      if (!saved || !resumed) return;
      // Answers to questions that a newer content version no longer asks are simply ignored, and
      // a position the rules no longer lead to falls back to the furthest step they do lead to.
      const route = walk(resumed, saved.answers);
      const stillThere =
        saved.position === OUTCOME ? route.outcome !== null : route.steps.includes(saved.position);
      const position = stillThere ? saved.position : (route.steps.at(-1) ?? null);
      setState({ sector: saved.sector, answers: saved.answers, position, remember: true });
    },
    answer(questionId, value) {
      setState((s) => {
        const answers = { ...s.answers };
        if (value === undefined) delete answers[questionId];
        else answers[questionId] = value;
        return { ...s, answers };
      });
    },
    next() {
      if (!step) return [];
      const missing = missingAnswers(step, state.answers);
      const decision = decide(step, state.answers);
      if (missing.length > 0 || !decision) return missing;
      setState((s) => ({
        ...s,
        position: 'outcome' in decision.target ? OUTCOME : decision.target.step,
      }));
      return [];
    },
    back() {
      if (!walked) return;
      const index =
        state.position === OUTCOME
          ? walked.steps.length
          : walked.steps.indexOf(state.position ?? '');
      const previous = walked.steps[index - 1];
      if (previous) setState((s) => ({ ...s, position: previous }));
    },
    goTo(stepId) {
      if (walked?.steps.includes(stepId)) setState((s) => ({ ...s, position: stepId }));
    },
    forget() {
      forgetProgress(storage);
      setSaved(null);
      setState(initial);
    },
  };
}
