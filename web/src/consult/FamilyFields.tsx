// The family of a consult question: anonymous (no names asked) or named, with the children and
// the parents. Field names follow the API's paths, so the server's errors land on the right field.
import { Button } from '../ui/Button';
import { TextField } from '../ui/TextField';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { fill } from '../cases/cases-text';
import type { FamilyChild, FamilyPerson } from './consult.api';
import { useConsultText } from './consult-text';

export interface FamilyValue {
  named: boolean;
  children: FamilyChild[];
  parents: FamilyPerson[];
}

export const EMPTY_CHILD: FamilyChild = { firstName: '', lastName: '', dateOfBirth: null };
export const EMPTY_PARENT: FamilyPerson = { firstName: '', lastName: '' };

/** What the API takes: without names, an anonymous family sends no rows at all. */
export function familyBody(family: FamilyValue) {
  if (!family.named) return { named: false };
  return { named: true, children: family.children.map((c) => ({ ...c, dateOfBirth: c.dateOfBirth || null })), parents: family.parents };
}

function PersonFields<T extends FamilyPerson>({ legend, path, person, onChange, onRemove, withBirth }: { legend: string; path: string; person: T; onChange: (p: T) => void; onRemove?: () => void; withBirth?: boolean }) {
  const { text } = useConsultText();
  return (
    <fieldset className="consult-family__person">
      <legend>{legend}</legend>
      <TextField label={text.form.firstName} name={`${path}.firstName`} value={person.firstName} onChange={(firstName) => onChange({ ...person, firstName })} />
      <TextField label={text.form.lastName} name={`${path}.lastName`} value={person.lastName} onChange={(lastName) => onChange({ ...person, lastName })} />
      {withBirth ? (
        <label className="field">
          <span className="field__label">{text.form.dateOfBirth}</span>
          <input
            className="field__input"
            type="date"
            name={`${path}.dateOfBirth`}
            value={(person as unknown as FamilyChild).dateOfBirth ?? ''}
            onChange={(e) => onChange({ ...person, dateOfBirth: e.target.value || null })}
          />
        </label>
      ) : null}
      {onRemove ? (
        <Button variant="quiet" onPress={onRemove}>
          {text.form.remove}
        </Button>
      ) : null}
    </fieldset>
  );
}

export function FamilyFields({ value, onChange }: { value: FamilyValue; onChange: (family: FamilyValue) => void }) {
  const { text } = useConsultText();
  const set = (patch: Partial<FamilyValue>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="intake__section">
      <legend className="section-title">{text.form.family}</legend>
      <p className="field__description">{text.form.familyHint}</p>
      <ChoiceGroup
        legend={text.form.familyChoice}
        name="family.named"
        choices={[{ value: 'no', label: text.form.anonymous }, { value: 'yes', label: text.form.named }]}
        value={[value.named ? 'yes' : 'no']}
        onChange={([v]) => set({ named: v === 'yes', children: value.children.length ? value.children : [EMPTY_CHILD], parents: value.parents.length ? value.parents : [EMPTY_PARENT] })}
      />
      {value.named ? (
        <>
          {value.children.map((child, i) => (
            <PersonFields
              key={`child-${i}`}
              legend={fill(text.form.child, { n: i + 1 })}
              path={`family.children.${i}`}
              person={child}
              withBirth
              onChange={(next) => set({ children: value.children.map((c, j) => (j === i ? next : c)) })}
              onRemove={value.children.length > 1 ? () => set({ children: value.children.filter((_, j) => j !== i) }) : undefined}
            />
          ))}
          <Button variant="secondary" onPress={() => set({ children: [...value.children, EMPTY_CHILD] })}>
            {text.form.addChild}
          </Button>
          {value.parents.map((parent, i) => (
            <PersonFields
              key={`parent-${i}`}
              legend={fill(text.form.parent, { n: i + 1 })}
              path={`family.parents.${i}`}
              person={parent}
              onChange={(next) => set({ parents: value.parents.map((p, j) => (j === i ? next : p)) })}
              onRemove={() => set({ parents: value.parents.filter((_, j) => j !== i) })}
            />
          ))}
          <Button variant="secondary" onPress={() => set({ parents: [...value.parents, EMPTY_PARENT] })}>
            {text.form.addParent}
          </Button>
        </>
      ) : null}
    </fieldset>
  );
}
