// The family as the professional described it. Names are shown only here, to the centre's consult
// handlers (the read is logged), and can be added when the family becomes known.
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { formatDate } from '../cases/cases-text';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { consultApi, type ConsultDetail } from './consult.api';
import { useConsultText } from './consult-text';
import { EMPTY_CHILD, EMPTY_PARENT, familyBody, FamilyFields, type FamilyValue } from './FamilyFields';
import { isConflict, useConsultSave } from './useConsultSave';

const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`.trim();

function familyOf(consult: ConsultDetail): FamilyValue {
  return consult.family
    ? { named: true, children: consult.family.children.length ? consult.family.children : [EMPTY_CHILD], parents: consult.family.parents.length ? consult.family.parents : [EMPTY_PARENT] }
    : { named: false, children: [EMPTY_CHILD], parents: [EMPTY_PARENT] };
}

export function ConsultFamilyPanel({ consult }: { consult: ConsultDetail }) {
  const { text, locale } = useConsultText();
  const api = useApi();
  const [editing, setEditing] = useState<FamilyValue | null>(null);
  const save = useConsultSave(consult.id, (family: FamilyValue) => consultApi.update(api, consult.id, { version: consult.version, family: familyBody(family) }), () => setEditing(null));
  return (
    <section className="section" aria-labelledby="family-title">
      <h2 id="family-title" className="section-title">
        {text.detail.family}
      </h2>
      {consult.family === null ? (
        <p>{text.detail.familyAnonymous}</p>
      ) : (
        <dl className="consult-facts">
          <dt>{text.detail.children}</dt>
          <dd>{consult.family.children.map((c) => `${fullName(c)}${c.dateOfBirth ? ` (°${formatDate(c.dateOfBirth, locale)})` : ''}`).join(', ') || text.detail.none}</dd>
          <dt>{text.detail.parents}</dt>
          <dd>{consult.family.parents.map(fullName).join(', ') || text.detail.none}</dd>
        </dl>
      )}
      {editing === null ? (
        consult.status === 'closed' ? null : (
          <Button variant="secondary" onPress={() => setEditing(familyOf(consult))}>
            {text.detail.editFamily}
          </Button>
        )
      ) : (
        <Form error={isConflict(save.error) ? null : save.error} aria-label={text.detail.editFamily} onSubmit={() => save.mutate(editing)}>
          {isConflict(save.error) ? <Alert tone="warning">{text.detail.conflict}</Alert> : null}
          <FamilyFields value={editing} onChange={setEditing} />
          <div className="button-row">
            <Button type="submit" isPending={save.isPending}>
              {text.detail.saveFamily}
            </Button>
          </div>
        </Form>
      )}
    </section>
  );
}
