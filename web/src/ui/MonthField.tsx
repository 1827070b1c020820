// A month picker for a period filter ('YYYY-MM'); browsers without a month input get a text
// field that still says what to type.
export function MonthField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input id={id} type="month" className="field__input" value={value} onChange={(e) => onChange(e.target.value)} pattern="\d{4}-\d{2}" placeholder="2026-01" />
    </div>
  );
}
