import type { ReportDraft } from './cases.api';
import { useCasesText } from './cases-text';

type Reporter = ReportDraft['reporter'];

/** Who reported. Identifying fields disappear when the reporter stays anonymous. */
export function IntakeReporter({ value, onChange }: { value: Reporter; onChange: (reporter: Reporter) => void }) {
  const { text } = useCasesText();
  const field = (key: 'name' | 'organisation' | 'profession' | 'relationToChild' | 'phone' | 'email', type = 'text') => (
    <label className="field" key={key}>
      <span className="field__label">{text.intake[key]}</span>
      <input className="field__input" type={type} name={`reporter.${key}`} value={value[key]} autoComplete="off" onChange={(e) => onChange({ ...value, [key]: e.target.value })} />
    </label>
  );
  return (
    <fieldset className="intake__section">
      <legend className="section-title">{text.intake.reporter}</legend>
      <p className="field__description">{text.intake.reporterHint}</p>
      <label className="choice-group__option">
        <input type="checkbox" checked={value.anonymous} onChange={(e) => onChange(e.target.checked ? { ...value, anonymous: true, name: '', phone: '', email: '' } : { ...value, anonymous: false })} />
        <span>{text.intake.anonymous}</span>
      </label>
      <div className="intake__grid">
        {value.anonymous ? null : field('name')}
        {field('organisation')}
        {field('profession')}
        {field('relationToChild')}
        {value.anonymous ? null : field('phone', 'tel')}
        {value.anonymous ? null : field('email', 'email')}
      </div>
      <label className="choice-group__option">
        <input type="checkbox" checked={value.wantsFeedback} onChange={(e) => onChange({ ...value, wantsFeedback: e.target.checked })} />
        <span>{text.intake.wantsFeedback}</span>
      </label>
    </fieldset>
  );
}
