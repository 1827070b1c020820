import { FieldError } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/**
 * Shows the field's error in the user's language: the server's message when there is one (it is
 * already translated), otherwise React Aria's own check, where a missing value is put in our words
 * because the browser would say it in its own language rather than the one the user chose.
 */
export function FieldErrorText({ serverMessages = [] }: { serverMessages?: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <FieldError className="field__error">
      {({ validationDetails, validationErrors }) =>
        serverMessages.length > 0
          ? serverMessages.join(' ')
          : validationDetails.valueMissing
            ? t('form.required')
            : validationErrors.join(' ')
      }
    </FieldError>
  );
}
