// Who takes part besides colleagues: partner services chosen from the directory (with the role or
// contact person) and family members or others by name. Rows are added and removed with buttons;
// each control is named after its place in the request (`participants.3.partnerId`), so the
// server's error lands next to the right row.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { fill } from '../cases/cases-text';
import { partnersApi, partnersKeys } from '../partners/partners.api';
import { usePartnersText } from '../partners/partners-text';
import { Button } from '../ui/Button';
import { NativeSelectField } from '../ui/NativeField';
import { TextField } from '../ui/TextField';
import { useTeamworkText } from './teamwork-text';

export interface PartnerRow {
  partnerId: string;
  role: string;
}
export interface OtherRow {
  kind: 'family' | 'other';
  name: string;
  role: string;
}

type Update<T> = (change: (rows: T[]) => T[]) => void;

export function PartnerRows({ rows, onChange, firstIndex }: { rows: PartnerRow[]; onChange: Update<PartnerRow>; firstIndex: number }) {
  const { text } = useTeamworkText();
  const { text: partnersText } = usePartnersText();
  const api = useApi();
  const directory = useQuery({ queryKey: partnersKeys.directory, queryFn: () => partnersApi.directory(api), staleTime: 10 * 60_000 });
  const options = (directory.data ?? []).map((p) => ({ value: p.id, label: `${p.name}${p.province ? ` (${p.province})` : ''} · ${partnersText.kinds[p.kind]}` }));
  const set = (i: number, change: Partial<PartnerRow>) => onChange((all) => all.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <fieldset className="choice-group">
      <legend className="field__label">{text.partnersTakingPart}</legend>
      {rows.map((row, i) => (
        <div key={i} className="inline-form">
          <NativeSelectField label={fill(text.partner, { n: i + 1 })} name={`participants.${firstIndex + i}.partnerId`} isRequired placeholder={partnersText.choose} value={row.partnerId} onChange={(partnerId) => set(i, { partnerId })} options={options} />
          <TextField label={`${text.partnerRole} (${i + 1})`} name={`participants.${firstIndex + i}.role`} value={row.role} onChange={(role) => set(i, { role })} />
          <Button variant="quiet" onPress={() => onChange((all) => all.filter((_, j) => j !== i))}>
            {fill(text.removePartner, { n: i + 1 })}
          </Button>
        </div>
      ))}
      <Button variant="quiet" onPress={() => onChange((all) => [...all, { partnerId: '', role: '' }])}>
        {text.addPartner}
      </Button>
    </fieldset>
  );
}

export function OtherRows({ rows, onChange, firstIndex }: { rows: OtherRow[]; onChange: Update<OtherRow>; firstIndex: number }) {
  const { text } = useTeamworkText();
  const set = (i: number, change: Partial<OtherRow>) => onChange((all) => all.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <fieldset className="choice-group">
      <legend className="field__label">{text.othersTakingPart}</legend>
      {rows.map((row, i) => (
        <div key={i} className="inline-form">
          <NativeSelectField label={`${text.otherKind} (${i + 1})`} name={`participants.${firstIndex + i}.kind`} value={row.kind} onChange={(kind) => set(i, { kind: kind as OtherRow['kind'] })} options={(['family', 'other'] as const).map((k) => ({ value: k, label: text.otherKinds[k] ?? k }))} />
          <TextField label={`${text.otherName} (${i + 1})`} name={`participants.${firstIndex + i}.name`} isRequired value={row.name} onChange={(name) => set(i, { name })} />
          <Button variant="quiet" onPress={() => onChange((all) => all.filter((_, j) => j !== i))}>
            {fill(text.removeOther, { n: i + 1 })}
          </Button>
        </div>
      ))}
      <Button variant="quiet" onPress={() => onChange((all) => [...all, { kind: 'family', name: '', role: '' }])}>
        {text.addOther}
      </Button>
    </fieldset>
  );
}
