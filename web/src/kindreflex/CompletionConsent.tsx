import { useMutation } from '@tanstack/react-query';
import type { GuideContent, OutcomeId } from '../../../src/kindreflex/guide-content.schema';
import { useApi } from '../api/ApiContext';
import { Button } from '../ui/Button';
import { kindreflexApi } from './kindreflex.api';
import { useKindreflexText } from './kindreflex.text';

export interface CompletionConsentProps {
  content: GuideContent;
  outcome: OutcomeId;
  counted: boolean;
  onCounted: () => void;
}

/** The only way a plain completion is counted: the professional presses the button. */
export function CompletionConsent({
  content,
  outcome,
  counted,
  onCounted,
}: CompletionConsentProps) {
  const { text } = useKindreflexText();
  const api = useApi();
  const count = useMutation({
    mutationFn: () =>
      kindreflexApi.countCompletion(api, {
        sector: content.sector,
        contentVersion: content.version,
        outcome,
      }),
    onSuccess: onCounted,
  });
  return (
    <section className="kr-panel kr-no-print" aria-labelledby="kr-count-title">
      <h3 id="kr-count-title" className="kr-panel__title">
        {text.countTitle}
      </h3>
      {counted ? (
        <p role="status" className="kr-done">
          {text.counted}
        </p>
      ) : (
        <>
          <p>{text.countText}</p>
          <Button variant="secondary" isPending={count.isPending} onPress={() => count.mutate()}>
            {text.countButton}
          </Button>
          {count.isError ? (
            <p role="status" className="kr-muted">
              {text.countFailed}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
