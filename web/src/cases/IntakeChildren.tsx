import { Button } from '../ui/Button';
import type { ReportChildDraft } from './cases.api';
import { fill, useCasesText } from './cases-text';

export const EMPTY_CHILD: ReportChildDraft = { firstName: '', lastName: '', dateOfBirth: '', unborn: false, expectedBirth: '' };

interface Props {
  value: ReportChildDraft[];
  onChange: (children: ReportChildDraft[]) => void;
}

/** The children of a report, one row each; an unborn child gets an expected date instead. */
export function IntakeChildren({ value, onChange }: Props) {
  const { text } = useCasesText();
  const change = (index: number, patch: Partial<ReportChildDraft>) => onChange(value.map((child, i) => (i === index ? { ...child, ...patch } : child)));
  return (
    <fieldset className="intake__section">
      <legend className="section-title">{text.intake.children}</legend>
      {value.map((child, index) => (
        <div key={index} className="intake-child" role="group" aria-label={fill(text.intake.child, { n: index + 1 })}>
          <label className="field">
            <span className="field__label">{text.intake.firstName}</span>
            <input className="field__input" name={`children.${index}.firstName`} value={child.firstName} autoComplete="off" onChange={(e) => change(index, { firstName: e.target.value })} />
          </label>
          <label className="field">
            <span className="field__label">{text.intake.lastName}</span>
            <input className="field__input" name={`children.${index}.lastName`} value={child.lastName} autoComplete="off" onChange={(e) => change(index, { lastName: e.target.value })} />
          </label>
          {child.unborn ? (
            <label className="field">
              <span className="field__label">{text.intake.expectedBirth}</span>
              <input className="field__input" type="date" name={`children.${index}.expectedBirth`} value={child.expectedBirth} onChange={(e) => change(index, { expectedBirth: e.target.value })} />
            </label>
          ) : (
            <label className="field">
              <span className="field__label">{text.intake.dateOfBirth}</span>
              <input className="field__input" type="date" name={`children.${index}.dateOfBirth`} value={child.dateOfBirth} onChange={(e) => change(index, { dateOfBirth: e.target.value })} />
            </label>
          )}
          <label className="choice-group__option intake-child__unborn">
            <input type="checkbox" checked={child.unborn} onChange={(e) => change(index, { unborn: e.target.checked, dateOfBirth: '', expectedBirth: '' })} />
            <span>{text.intake.unborn}</span>
          </label>
          {value.length > 1 ? (
            <Button variant="quiet" onPress={() => onChange(value.filter((_, i) => i !== index))}>
              {fill(text.intake.removeChild, { n: index + 1 })}
            </Button>
          ) : null}
        </div>
      ))}
      <Button variant="secondary" onPress={() => onChange([...value, { ...EMPTY_CHILD, lastName: value[value.length - 1]?.lastName ?? '' }])}>
        {text.intake.addChild}
      </Button>
    </fieldset>
  );
}
