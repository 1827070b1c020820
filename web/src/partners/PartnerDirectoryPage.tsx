// The partner directory for team leads and administrators: find a service by kind and name, add
// one, correct its details or set it inactive. Everyone on staff reads the same list when referring.
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useApi } from '../api/ApiContext';
import '../assessments/casework.css';
import '../cases/cases.css';
import { fill } from '../cases/cases-text';
import { Alert } from '../ui/Alert';
import { Badge } from '../ui/Badge';
import { FoldedForm } from '../ui/FoldedForm';
import { NativeSelectField } from '../ui/NativeField';
import { PageHeader } from '../ui/PageHeader';
import { Spinner } from '../ui/Spinner';
import { TextField } from '../ui/TextField';
import { PartnerForm } from './PartnerForm';
import { partnerKinds, partnersApi, partnersKeys, type PartnerKind } from './partners.api';
import { usePartnersText } from './partners-text';
import { usePartnerDirectoryText } from './partner-directory-text';

export function PartnerDirectoryPage() {
  const { text } = usePartnerDirectoryText();
  const { text: partnersText } = usePartnersText();
  const api = useApi();
  const [filter, setFilter] = useState({ kind: '' as PartnerKind | '', q: '', includeInactive: false });
  // Typing stays smooth: the list follows the search box without a request per keystroke blocking it.
  const deferred = useDeferredValue(filter);
  const found = useQuery({ queryKey: [...partnersKeys.search(deferred)], queryFn: () => partnersApi.search(api, deferred), placeholderData: (previous) => previous });
  return (
    <>
      <PageHeader title={text.title} description={<p>{text.intro}</p>} />
      <section className="section" aria-labelledby="partner-filter-title">
        <h2 id="partner-filter-title" className="section-title">
          {text.filter}
        </h2>
        <div className="inline-form" role="search" aria-labelledby="partner-filter-title">
          <NativeSelectField label={text.kind} name="kind" placeholder={text.allKinds} value={filter.kind} onChange={(kind) => setFilter((f) => ({ ...f, kind: kind as PartnerKind | '' }))} options={partnerKinds.map((k) => ({ value: k, label: partnersText.kinds[k] }))} />
          <TextField label={text.search} name="q" type="search" value={filter.q} onChange={(q) => setFilter((f) => ({ ...f, q }))} />
          <label className="choice-group__option">
            <input type="checkbox" name="includeInactive" checked={filter.includeInactive} onChange={(e) => setFilter((f) => ({ ...f, includeInactive: e.target.checked }))} />
            <span>{text.includeInactive}</span>
          </label>
        </div>
        <FoldedForm summary={text.add}>
          <PartnerForm />
        </FoldedForm>
      </section>
      <section className="section" aria-labelledby="partner-list-title">
        <h2 id="partner-list-title" className="section-title">
          {fill(text.count, { n: found.data?.length ?? 0 })}
        </h2>
        {found.isPending ? <Spinner /> : null}
        {found.isError ? <Alert tone="error">{found.error.message}</Alert> : null}
        {found.data?.length === 0 ? <p className="muted">{text.none}</p> : null}
        <ul className="casework-list">
          {(found.data ?? []).map((p) => (
            <li key={p.id}>
              <h3>
                {p.name} {p.active ? null : <Badge tone="neutral">{text.inactive}</Badge>}
              </h3>
              <p>
                {partnersText.kinds[p.kind]} · {p.province ?? text.allFlanders}
                {p.city ? ` · ${p.city}` : ''}
                {p.phone ? ` · ${p.phone}` : ''}
                {p.email ? ` · ${p.email}` : ''}
              </p>
              {p.notes ? <p className="muted">{p.notes}</p> : null}
              <FoldedForm
                summary={
                  <>
                    {text.edit}
                    <span className="visually-hidden">: {p.name}</span>
                  </>
                }
              >
                <PartnerForm partner={p} />
              </FoldedForm>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
