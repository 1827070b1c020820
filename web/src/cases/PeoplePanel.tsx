// Who is who: the genogram of the family, the network and the professionals, and the two small
// forms to add a person and to draw a relation.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { casesApi, casesKeys, type CaseFile, type Person, type PersonKind, type RelationKind } from './cases.api';
import { formatDate, useCasesText } from './cases-text';
import { Genogram } from './Genogram';

const PERSON_KINDS: PersonKind[] = ['parent', 'child', 'family', 'network', 'professional'];
const RELATION_KINDS: RelationKind[] = ['parent', 'step_parent', 'foster_parent', 'guardian', 'grandparent', 'partner', 'ex_partner', 'sibling', 'half_sibling', 'other'];
const EMPTY_PERSON = { kind: 'parent' as PersonKind, firstName: '', lastName: '', roleLabel: '', dateOfBirth: '', organisation: '' };

const nameOf = (p: Person) => [p.firstName, p.lastName].filter(Boolean).join(' ') || p.roleLabel;

function AddPerson({ caseId }: { caseId: string }) {
  const { text } = useCasesText();
  const api = useApi();
  const queryClient = useQueryClient();
  const [person, setPerson] = useState(EMPTY_PERSON);
  const add = useMutation({
    mutationFn: () => casesApi.addPerson(api, caseId, { ...person, dateOfBirth: person.dateOfBirth || null }),
    onSuccess: () => setPerson(EMPTY_PERSON),
    onSettled: () => queryClient.invalidateQueries({ queryKey: casesKeys.file(caseId) }),
  });
  const input = (key: 'firstName' | 'lastName' | 'roleLabel' | 'organisation', label: string) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input className="field__input" name={key} value={person[key]} autoComplete="off" onChange={(e) => setPerson({ ...person, [key]: e.target.value })} />
    </label>
  );
  return (
    <Form error={add.error} aria-label={text.file.addPerson} onSubmit={() => add.mutate()} className="inline-form">
      <label className="field">
        <span className="field__label">{text.file.kind}</span>
        <select className="field__input" name="kind" value={person.kind} onChange={(e) => setPerson({ ...person, kind: e.target.value as PersonKind })}>
          {PERSON_KINDS.map((k) => (
            <option key={k} value={k}>
              {text.personKinds[k]}
            </option>
          ))}
        </select>
      </label>
      {input('firstName', text.intake.firstName)}
      {input('lastName', text.intake.lastName)}
      {input('roleLabel', text.file.roleLabel)}
      <label className="field">
        <span className="field__label">{text.intake.dateOfBirth}</span>
        <input className="field__input" type="date" name="dateOfBirth" value={person.dateOfBirth} onChange={(e) => setPerson({ ...person, dateOfBirth: e.target.value })} />
      </label>
      {person.kind === 'professional' ? input('organisation', text.intake.organisation) : null}
      <Button type="submit" variant="secondary" isPending={add.isPending}>
        {text.file.savePerson}
      </Button>
    </Form>
  );
}

function AddRelation({ file }: { file: CaseFile }) {
  const { text } = useCasesText();
  const api = useApi();
  const queryClient = useQueryClient();
  const [relation, setRelation] = useState({ fromPersonId: '', kind: 'parent' as RelationKind, toPersonId: '' });
  const add = useMutation({
    mutationFn: () => casesApi.addRelation(api, file.id, relation),
    onSettled: () => queryClient.invalidateQueries({ queryKey: casesKeys.file(file.id) }),
  });
  const family = file.persons.filter((p) => p.kind !== 'professional');
  const select = (key: 'fromPersonId' | 'toPersonId', label: string) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <select className="field__input" name={key} value={relation[key]} onChange={(e) => setRelation({ ...relation, [key]: e.target.value })}>
        <option value="">…</option>
        {family.map((p) => (
          <option key={p.id} value={p.id}>
            {nameOf(p)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Form error={add.error} aria-label={text.file.addRelation} onSubmit={() => add.mutate()} className="inline-form">
      {select('fromPersonId', text.file.relationFrom)}
      <label className="field">
        <span className="field__label">{text.file.relationTo}</span>
        <select className="field__input" name="kind" value={relation.kind} onChange={(e) => setRelation({ ...relation, kind: e.target.value as RelationKind })}>
          {RELATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {text.relationKinds[k]}
            </option>
          ))}
        </select>
      </label>
      {select('toPersonId', text.file.relationFrom)}
      <Button type="submit" variant="secondary" isDisabled={!relation.fromPersonId || !relation.toPersonId} isPending={add.isPending}>
        {text.file.addRelation}
      </Button>
    </Form>
  );
}

export function PeoplePanel({ file }: { file: CaseFile }) {
  const { text, locale } = useCasesText();
  const around = file.persons.filter((p) => p.kind === 'network' || p.kind === 'professional');
  return (
    <div className="people">
      <Genogram persons={file.persons} relations={file.relations} />
      {around.length ? (
        <ul className="people__around">
          {around.map((p) => (
            <li key={p.id}>
              <strong>{nameOf(p)}</strong> · {text.personKinds[p.kind]}
              {p.roleLabel ? `, ${p.roleLabel}` : ''}
              {p.organisation ? ` (${p.organisation})` : ''}
              {p.dateOfBirth ? ` · ${formatDate(p.dateOfBirth, locale)}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {file.readOnly ? null : (
        <details className="people__add">
          <summary>{text.file.addPerson}</summary>
          <AddPerson caseId={file.id} />
          <AddRelation file={file} />
        </details>
      )}
    </div>
  );
}
