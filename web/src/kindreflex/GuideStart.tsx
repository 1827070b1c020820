import { useState } from 'react';
import { Button } from '../ui/Button';
import { ChoiceFieldset } from './ChoiceFieldset';
import { guides, guideFor } from './guide-content';
import { fill, useKindreflexText } from './kindreflex.text';
import type { Guide } from './useGuide';

export function GuideStart({ guide, notice }: { guide: Guide; notice: string | null }) {
  const { text, locale } = useKindreflexText();
  const [sector, setSector] = useState<string | undefined>();
  const [remember, setRemember] = useState(false);
  const [missing, setMissing] = useState(false);
  const chosen = guideFor(sector ?? null) ?? guides[0];

  return (
    <div className="kr-start">
      {notice ? (
        <p role="status" className="kr-done">
          {notice}
        </p>
      ) : null}
      {guide.saved ? (
        <section className="kr-panel kr-panel--primary" aria-labelledby="kr-resume-title">
          <h2 id="kr-resume-title" className="kr-panel__title">
            {text.resumeTitle}
          </h2>
          <p>
            {fill(text.resumeText, {
              date: new Date(guide.saved.savedAt).toLocaleString(locale, {
                dateStyle: 'long',
                timeStyle: 'short',
              }),
            })}
          </p>
          <div className="kr-buttons">
            <Button onPress={() => guide.resume()}>{text.resume}</Button>
            <Button variant="secondary" onPress={() => guide.forget()}>
              {text.forget}
            </Button>
          </div>
        </section>
      ) : null}
      {(chosen?.intro ?? []).map((paragraph) => (
        <p key={paragraph['nl-BE']} className="kr-start__intro">
          {paragraph[locale]}
        </p>
      ))}
      <section className="kr-privacy" aria-labelledby="kr-privacy-title">
        <h2 id="kr-privacy-title" className="kr-privacy__title">
          {text.privacyTitle}
        </h2>
        <p>{text.privacy}</p>
      </section>
      <form
        className="kr-start__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (sector === undefined) {
            setMissing(true);
            document.querySelector<HTMLInputElement>('input[name="sector"]')?.focus();
            return;
          }
          guide.start(sector, remember);
        }}
      >
        <ChoiceFieldset
          name="sector"
          legend={text.sectorLegend}
          help={text.sectorHelp}
          value={sector}
          onChange={(value) => {
            setSector(value);
            setMissing(false);
          }}
          options={guides.map((g) => ({
            id: g.sector,
            label: g.name[locale],
            hint: g.audience[locale],
          }))}
        />
        {missing ? (
          <p role="alert" className="kr-step__missing">
            {text.required}
          </p>
        ) : null}
        <div className="kr-option kr-remember">
          <input
            id="kr-remember"
            type="checkbox"
            className="kr-option__input"
            checked={remember}
            onChange={(e) => setRemember(e.target.checked)}
            aria-describedby="kr-remember-help"
          />
          <label htmlFor="kr-remember" className="kr-option__label">
            {text.remember}
            <span id="kr-remember-help" className="kr-option__hint">
              {text.rememberHelp}
            </span>
          </label>
        </div>
        <div>
          <Button type="submit">{text.start}</Button>
        </div>
      </form>
    </div>
  );
}
