import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { Form as AriaForm } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { cx } from './cx';
import {
  controlForPath,
  describeFormFailure,
  fieldErrorsByPath,
  type FormFailure,
} from './form-errors';
import { ServerFieldErrorsContext, type ServerFieldErrors } from './server-field-errors';

const NO_MESSAGES: readonly string[] = [];

export interface FormProps {
  /** The last submit's error (e.g. a mutation's `error`); null or undefined when there is none. */
  error: unknown;
  onSubmit: (values: FormData) => void;
  children: ReactNode;
  className?: string;
  'aria-labelledby'?: string;
  'aria-label'?: string;
  /** Explains the * on required labels; forms with one obvious field leave it out. */
  requiredHint?: boolean;
}

/** Fields the user has edited since this failure; a new failure shows all its errors again. */
interface Dismissals {
  failure: FormFailure | null;
  names: ReadonlySet<string>;
}

/**
 * A form that puts the server's answer where the user looks: `fields[]` errors on the matching
 * controls (by name) and the overall message in a summary that is announced. Values are never
 * reset on failure, so nothing typed is lost.
 */
export function Form({
  error,
  onSubmit,
  children,
  className,
  requiredHint,
  ...labelling
}: FormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const failure = useMemo(() => describeFormFailure(error), [error]);
  const byPath = useMemo(() => fieldErrorsByPath(failure?.fields ?? []), [failure]);
  const [dismissals, setDismissals] = useState<Dismissals>({ failure: null, names: new Set() });
  const dismissed = dismissals.failure === failure ? dismissals.names : null;
  const [pathsWithControl, setPathsWithControl] = useState<ReadonlySet<string>>(new Set());

  const dismiss = useCallback(
    (name: string) =>
      setDismissals((current) => {
        const names = new Set(current.failure === failure ? current.names : []);
        if (names.has(name) || byPath[name] === undefined) return current;
        names.add(name);
        return { failure, names };
      }),
    [failure, byPath],
  );
  const serverFieldErrors = useMemo<ServerFieldErrors>(
    () => ({
      messagesFor: (name) => (dismissed?.has(name) ? NO_MESSAGES : (byPath[name] ?? NO_MESSAGES)),
      dismiss,
    }),
    [byPath, dismissed, dismiss],
  );

  useLayoutEffect(() => {
    const form = formRef.current;
    if (form === null || failure === null) return;
    const present = new Set(
      failure.fields
        .map((field) => field.path)
        .filter((path) => controlForPath(form, path) !== null),
    );
    setPathsWithControl(present);
    const firstInvalid = failure.fields.find((field) => present.has(field.path));
    // Focus goes to the first field to fix; the screen reader then reads its label and error.
    if (firstInvalid !== undefined) controlForPath(form, firstInvalid.path)?.focus();
  }, [failure]);

  const focusField = (path: string) => {
    if (formRef.current !== null) controlForPath(formRef.current, path)?.focus();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  };

  return (
    <ServerFieldErrorsContext.Provider value={serverFieldErrors}>
      <AriaForm
        ref={formRef}
        // "aria": errors are shown and announced but never become the browser's own validity,
        // which would silently block a corrected form; the server checks every field anyway.
        validationBehavior="aria"
        // For fields built directly on React Aria; ours take theirs from the context above.
        validationErrors={byPath}
        className={cx('form', className)}
        onSubmit={handleSubmit}
        {...labelling}
      >
        {failure === null ? null : (
          <div className="form__summary" role="alert">
            <p className="form__summary-title">{failure.message ?? t('errors.unexpected')}</p>
            {failure.fields.length === 0 ? null : (
              <ul className="form__summary-list">
                {failure.fields.map((field) => (
                  <li key={`${field.path}:${field.message}`}>
                    {pathsWithControl.has(field.path) ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => focusField(field.path)}
                      >
                        {field.message}
                      </button>
                    ) : (
                      field.message
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {requiredHint ? <p className="form__hint">{t('form.requiredHint')}</p> : null}
        {children}
      </AriaForm>
    </ServerFieldErrorsContext.Provider>
  );
}
