// What we are worried about, what is working well, what needs to happen: the worker's own
// summary. Typing is kept as a draft; a save on an outdated version is refused by the server,
// and then the newer saved text is shown beside the worker's own, so nothing is lost either way.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { ApiError } from '../api/client';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { casesApi, casesKeys, type CaseFile } from './cases.api';
import { useCasesText } from './cases-text';
import { TextAreaField } from './TextAreaField';
import { useDraft } from './useDraft';

type Story = CaseFile['story'];
const FIELDS = ['worries', 'strengths', 'nextSteps'] as const;

export function StoryPanel({ file, userId }: { file: CaseFile; userId: string }) {
  const { text } = useCasesText();
  const api = useApi();
  const queryClient = useQueryClient();
  const draft = useDraft<Story>(`schakel.cases.story.${file.id}.${userId}`, file.story);
  const [conflict, setConflict] = useState<string[]>([]);
  const { replace } = draft;
  useEffect(() => replace(file.story), [file.story, replace]);
  const save = useMutation({
    mutationFn: (story: Story) => casesApi.story(api, file.id, { version: file.version, ...story }),
    onSuccess: () => {
      draft.forget();
      setConflict([]);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) setConflict(error.fields.map((f) => f.path));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: casesKeys.file(file.id) }),
  });
  const labels: Record<(typeof FIELDS)[number], string> = { worries: text.file.worries, strengths: text.file.strengths, nextSteps: text.file.nextSteps };
  return (
    <Form error={save.error} aria-label={text.file.atAGlance} onSubmit={() => save.mutate(draft.value)} className="story">
      {conflict.length > 0 ? <Alert tone="warning">{text.file.conflict}</Alert> : null}
      <div className="story__columns">
        {FIELDS.map((field) => (
          <div key={field} className={`story__column story__column--${field}`}>
            <TextAreaField label={labels[field]} name={field} rows={6} isReadOnly={file.readOnly} value={draft.value[field]} onChange={(value) => draft.update((s) => ({ ...s, [field]: value }))} />
            {conflict.includes(field) ? <blockquote className="story__saved">{file.story[field]}</blockquote> : null}
          </div>
        ))}
      </div>
      {file.readOnly ? null : (
        <div className="button-row">
          <Button type="submit" variant="secondary" isPending={save.isPending}>
            {text.file.saveStory}
          </Button>
          {save.isSuccess ? <span role="status">{text.file.storySaved}</span> : null}
        </div>
      )}
    </Form>
  );
}
