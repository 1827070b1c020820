// Adding a service to the directory or changing one: name, kind, province (none = all of
// Flanders), contact details and practical notes; an existing service can be set inactive.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { fill } from '../cases/cases-text';
import { TextAreaField } from '../cases/TextAreaField';
import { Button } from '../ui/Button';
import { ConflictNotice } from '../ui/ConflictNotice';
import { Form } from '../ui/Form';
import { NativeSelectField } from '../ui/NativeField';
import { TextField } from '../ui/TextField';
import { partnerKinds, partnersApi, partnersKeys, provinces, type Partner, type PartnerDraft, type PartnerKind } from './partners.api';
import { usePartnersText } from './partners-text';
import { usePartnerDirectoryText } from './partner-directory-text';

const draftOf = (p: Partner | undefined): PartnerDraft & { active: boolean } =>
  p ? { name: p.name, kind: p.kind, province: p.province ?? '', city: p.city, phone: p.phone, email: p.email, notes: p.notes, active: p.active } : { name: '', kind: '' as PartnerKind, province: '', city: '', phone: '', email: '', notes: '', active: true };

export function PartnerForm({ partner }: { partner?: Partner }) {
  const { text } = usePartnerDirectoryText();
  const { text: partnersText } = usePartnersText();
  const api = useApi();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(partner));
  const save = useMutation({
    mutationFn: () => {
      const { active, ...fields } = draft;
      return partner ? partnersApi.updatePartner(api, partner, { ...fields, active }) : partnersApi.createPartner(api, fields);
    },
    onSuccess: () => {
      if (!partner) setDraft(draftOf(undefined));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: partnersKeys.directory }),
  });
  const set = <K extends keyof typeof draft>(key: K) => (value: (typeof draft)[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const label = partner ? fill(text.editOf, { name: partner.name }) : text.add;
  return (
    <Form error={save.error} aria-label={label} onSubmit={() => save.mutate()}>
      <ConflictNotice error={save.error} message={partnersText.conflict} />
      <TextField label={text.name} name="name" isRequired value={draft.name} onChange={set('name')} />
      <NativeSelectField label={text.kind} name="kind" isRequired placeholder={partnersText.choose} value={draft.kind} onChange={(kind) => set('kind')(kind as PartnerKind)} options={partnerKinds.map((k) => ({ value: k, label: partnersText.kinds[k] }))} />
      <NativeSelectField label={text.province} name="province" placeholder={text.allFlanders} value={draft.province} onChange={set('province')} options={provinces.map((p) => ({ value: p, label: p }))} />
      <TextField label={text.city} name="city" value={draft.city} onChange={set('city')} />
      <TextField label={text.phone} name="phone" type="tel" value={draft.phone} onChange={set('phone')} />
      <TextField label={text.email} name="email" type="email" value={draft.email} onChange={set('email')} />
      <TextAreaField label={text.notes} name="notes" rows={3} value={draft.notes} onChange={set('notes')} />
      {partner ? (
        <label className="choice-group__option">
          <input type="checkbox" name="active" checked={draft.active} onChange={(e) => set('active')(e.target.checked)} />
          <span>{text.activeLabel}</span>
        </label>
      ) : null}
      <div className="button-row">
        <Button type="submit" variant={partner ? 'secondary' : 'primary'} isPending={save.isPending}>
          {partner ? text.save : text.addSubmit}
        </Button>
        {save.isSuccess ? <span role="status">{partner ? text.saved : fill(text.added, { name: save.data.name })}</span> : null}
      </div>
    </Form>
  );
}
