import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { TextField } from '../ui/TextField';
import { casesApi, casesKeys, type Term } from './cases.api';
import { CaseTable } from './CaseTable';
import { useCasesText } from './cases-text';

/** The search box (`/` jumps here): results appear while typing, only cases the user may open. */
export function CaseSearch({ terms }: { terms: readonly Term[] | undefined }) {
  const { text } = useCasesText();
  const api = useApi();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    // Wait for a pause in typing: every search is audited, keystrokes should not be.
    const timer = setTimeout(() => setQuery(typed.trim()), 350);
    return () => clearTimeout(timer);
  }, [typed]);
  const results = useQuery({
    queryKey: casesKeys.search(query),
    queryFn: ({ signal }) => casesApi.search(api, query, signal),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return (
    <section className="case-search" aria-label={text.search.label}>
      <TextField label={text.search.label} name="q" type="search" inputMode="search" placeholder={text.search.placeholder} shortcut="search" autoComplete="off" value={typed} onChange={setTyped} />
      {results.isError ? <Alert tone="error">{results.error.message}</Alert> : null}
      {query && results.data ? (
        results.data.results.length === 0 ? (
          <p className="muted" role="status">
            {text.search.none}
          </p>
        ) : (
          <CaseTable caption={text.search.results} rows={results.data.results} terms={terms} />
        )
      ) : null}
    </section>
  );
}
