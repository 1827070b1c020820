import { useEffect, useRef, useState } from 'react';
import type { GuideContent, Step } from '../../../src/kindreflex/guide-content.schema';
import { isVisible, stepById } from '../../../src/kindreflex/guide-engine';
import { Button } from '../ui/Button';
import { fill, useKindreflexText } from './kindreflex.text';
import { QuestionField } from './QuestionField';
import type { Guide } from './useGuide';

/** The steps taken so far; earlier ones can be reopened to change an answer. */
function StepTrail({
  content,
  path,
  current,
  onOpen,
}: {
  content: GuideContent;
  path: string[];
  current: string;
  onOpen: (id: string) => void;
}) {
  const { text, locale } = useKindreflexText();
  return (
    <nav aria-label={text.stepsLabel} className="kr-trail">
      <ol className="kr-trail__list">
        {path.map((id, index) => {
          const title = stepById(content, id)?.title[locale] ?? id;
          return (
            <li key={id} className="kr-trail__item">
              {id === current ? (
                <span aria-current="step" className="kr-trail__current">
                  {index + 1}. {title}
                </span>
              ) : (
                <button type="button" className="kr-trail__link" onClick={() => onOpen(id)}>
                  {index + 1}. {title}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export function GuideStepView({ guide, step }: { guide: Guide; step: Step }) {
  const { text, locale } = useKindreflexText();
  const [missing, setMissing] = useState<string[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const content = guide.content!;
  const number = guide.path.indexOf(step.id) + 1;

  // A new step starts at its heading, so a screen reader reads where the professional is now.
  useEffect(() => {
    setMissing([]);
    headingRef.current?.focus();
    window.scrollTo({ top: 0 });
  }, [step.id]);

  const onNext = () => {
    const stillMissing = guide.next();
    setMissing(stillMissing);
    if (stillMissing.length > 0)
      document.querySelector<HTMLElement>(`[data-question="${stillMissing[0]}"] input`)?.focus();
  };

  return (
    <div className="kr-step">
      <StepTrail
        content={content}
        path={guide.path}
        current={step.id}
        onOpen={(id) => guide.goTo(id)}
      />
      <p className="kr-step__number">{fill(text.stepOf, { n: number })}</p>
      <h2 ref={headingRef} tabIndex={-1} className="kr-step__title">
        {step.title[locale]}
      </h2>
      {step.decision ? <p className="kr-decision">{step.decision[locale]}</p> : null}
      {step.intro.map((paragraph) => (
        <p key={paragraph['nl-BE']} className="kr-step__intro">
          {paragraph[locale]}
        </p>
      ))}
      {step.tips.length > 0 ? (
        <aside className="kr-tips" aria-label={text.tipsTitle}>
          <h3 className="kr-tips__title">{text.tipsTitle}</h3>
          <ul>
            {step.tips.map((tip) => (
              <li key={tip['nl-BE']}>{tip[locale]}</li>
            ))}
          </ul>
        </aside>
      ) : null}
      <form
        className="kr-questions"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onNext();
        }}
      >
        {step.questions
          .filter((question) => isVisible(question, guide.answers))
          .map((question) => (
            <QuestionField
              key={question.id}
              question={question}
              value={guide.answers[question.id]}
              onChange={(value) => {
                guide.answer(question.id, value);
                setMissing((m) => m.filter((id) => id !== question.id));
              }}
              error={missing.includes(question.id) ? text.required : null}
            />
          ))}
        {missing.length > 0 ? (
          <p role="alert" className="kr-step__missing">
            {text.missing}
          </p>
        ) : null}
        <div className="kr-step__actions">
          <Button type="submit">{text.next}</Button>
          {number > 1 ? (
            <Button variant="secondary" onPress={() => guide.back()}>
              {text.back}
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
