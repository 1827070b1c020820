import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { useApi } from '../api/ApiContext';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { casesKeys } from './cases.api';
import { fill, formatDateTime } from './cases-text';
import { documentsApi, documentsKey, uploadDocument, type CaseDocument } from './documents.api';
import { fileSize, useDocumentsText } from './documents-text';

/** Documents in the case file: add (checked by the server for type and size), download, remove. */
export function DocumentsPanel({ caseId }: { caseId: string }) {
  const { text, locale } = useDocumentsText();
  const api = useApi();
  const queryClient = useQueryClient();
  const inputId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const list = useQuery({ queryKey: documentsKey(caseId), queryFn: ({ signal }) => documentsApi.list(api, caseId, signal) });
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: documentsKey(caseId) }), queryClient.invalidateQueries({ queryKey: casesKeys.all })]);
  const upload = useMutation({
    // An upload that meets an expired session opens the same sign-in dialog as other saves, then goes again.
    mutationFn: (file: File) => api.saveAfterSignIn(() => uploadDocument({ caseId, file, locale, onProgress: setProgress, networkFailure: text.network })),
    onMutate: () => {
      setError(null);
      setAdded(null);
      setProgress(0);
    },
    onSuccess: (document) => {
      setAdded(fill(text.added, { name: document.fileName }));
      if (input.current) input.current.value = '';
    },
    onError: (e) => setError(e instanceof ApiError ? (e.fields.find((f) => f.path === 'file' || f.path === 'name')?.message ?? e.message) : text.network),
    onSettled: async () => {
      setProgress(null);
      await refresh();
    },
  });
  const maxBytes = list.data?.maxBytes ?? 0;
  const limit = fileSize(maxBytes, locale);

  const submit = () => {
    const file = input.current?.files?.[0];
    if (!file) {
      input.current?.focus();
      return;
    }
    // Said here already, so a large file is not sent only to be refused at the end.
    if (maxBytes > 0 && file.size > maxBytes) {
      setError(fill(text.tooLarge, { limit }));
      input.current?.focus();
      return;
    }
    upload.mutate(file);
  };

  const readOnly = list.data?.readOnly ?? true;
  return (
    <section className="section" aria-labelledby="documents-title">
      <h2 id="documents-title" className="section-title">
        {text.title}
      </h2>
      {list.data && !readOnly ? (
        <form
          className="documents__form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <p className="muted">{fill(text.intro, { limit })}</p>
          <div className="field">
            <label className="field__label" htmlFor={inputId}>
              {text.choose}
            </label>
            <input
              ref={input}
              id={inputId}
              className="field__input"
              type="file"
              name="file"
              accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx,.txt,application/pdf,image/jpeg,image/png,text/plain"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={() => setError(null)}
            />
            {error ? (
              <p id={errorId} className="field__error" role="alert">
                {error}
              </p>
            ) : null}
          </div>
          {progress !== null ? (
            <p>
              <progress max={1} value={progress} aria-label={text.progress} /> {fill(text.uploading, { percent: Math.round(progress * 100) })}
            </p>
          ) : null}
          <div className="button-row">
            <Button type="submit" isPending={upload.isPending}>
              {text.upload}
            </Button>
          </div>
          <p role="status" className="muted">
            {added}
          </p>
        </form>
      ) : null}
      {list.data?.documents.length === 0 ? <p className="muted">{text.none}</p> : null}
      {list.data?.documents.length ? <DocumentTable caseId={caseId} documents={list.data.documents} readOnly={readOnly} onRemoved={refresh} /> : null}
    </section>
  );
}

function DocumentTable({ caseId, documents, readOnly, onRemoved }: { caseId: string; documents: CaseDocument[]; readOnly: boolean; onRemoved: () => Promise<unknown> }) {
  const { text, locale } = useDocumentsText();
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{text.name}</th>
          <th scope="col">{text.size}</th>
          <th scope="col">{text.by}</th>
          <th scope="col">{text.on}</th>
          {readOnly ? null : <th scope="col">{text.actions}</th>}
        </tr>
      </thead>
      <tbody>
        {documents.map((d) => (
          <tr key={d.id}>
            <td>
              <a href={documentsApi.contentUrl(caseId, d.id)} download={d.fileName} aria-label={fill(text.downloadNamed, { name: d.fileName })}>
                {d.fileName}
              </a>
            </td>
            <td>{fileSize(d.sizeBytes, locale)}</td>
            <td>{d.uploadedBy.name}</td>
            <td>{formatDateTime(d.uploadedAt, locale)}</td>
            {readOnly ? null : (
              <td>
                <RemoveDocument caseId={caseId} document={d} onRemoved={onRemoved} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RemoveDocument({ caseId, document, onRemoved }: { caseId: string; document: CaseDocument; onRemoved: () => Promise<unknown> }) {
  const { text } = useDocumentsText();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const remove = useMutation({
    mutationFn: () => documentsApi.remove(api, caseId, document.id),
    onSuccess: async () => {
      setOpen(false);
      await onRemoved();
    },
  });
  return (
    <ConfirmDialog
      triggerLabel={text.remove}
      triggerAccessibleName={fill(text.removeNamed, { name: document.fileName })}
      triggerVariant="danger"
      title={fill(text.removeNamed, { name: document.fileName })}
      confirmLabel={text.remove}
      isOpen={open}
      onOpenChange={setOpen}
      onConfirm={() => remove.mutate()}
      isPending={remove.isPending}
      errorMessage={remove.error?.message ?? null}
    >
      <p>{fill(text.removeConfirm, { name: document.fileName })}</p>
    </ConfirmDialog>
  );
}
