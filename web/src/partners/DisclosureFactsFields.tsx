// The facts every disclosure answers — on what legal basis, what was shared, and does the family
// know (and if not, why not) — shared by the disclosure form and a referral that sends information.
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { TextAreaField } from '../cases/TextAreaField';
import { legalBases, type LegalBasis } from './partners.api';
import { usePartnersText } from './partners-text';

export interface DisclosureFacts {
  legalBasis: LegalBasis | '';
  information: string;
  familyInformed: boolean;
  notInformedReason: string;
}

/** `prefix` names the fields as the API does ("disclosure." inside a referral), for error mapping. */
export function DisclosureFactsFields<T extends DisclosureFacts>({ value, onChange, prefix = '' }: { value: T; onChange: (change: (current: T) => T) => void; prefix?: string }) {
  const { text } = usePartnersText();
  return (
    <>
      <ChoiceGroup
        legend={text.legalBasis}
        name={`${prefix}legalBasis`}
        required
        choices={legalBases.map((b) => ({ value: b, label: text.bases[b] }))}
        value={value.legalBasis ? [value.legalBasis] : []}
        onChange={([b]) => onChange((d) => ({ ...d, legalBasis: (b ?? '') as LegalBasis | '' }))}
      />
      <TextAreaField label={text.information} name={`${prefix}information`} isRequired rows={2} value={value.information} onChange={(information) => onChange((d) => ({ ...d, information }))} />
      <label className="choice-group__option">
        <input type="checkbox" name={`${prefix}familyInformed`} checked={value.familyInformed} onChange={(e) => onChange((d) => ({ ...d, familyInformed: e.target.checked }))} />
        <span>{text.informed}</span>
      </label>
      {value.familyInformed ? null : (
        <TextAreaField label={text.notInformedReason} name={`${prefix}notInformedReason`} isRequired rows={2} value={value.notInformedReason} onChange={(notInformedReason) => onChange((d) => ({ ...d, notInformedReason }))} />
      )}
    </>
  );
}
