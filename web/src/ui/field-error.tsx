import { FieldError } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/**
 * Shows the field's error in our words. Browser messages for a missing value come in the
 * browser's language, not the one the user chose, so that case is translated here; server
 * messages (already in the user's language) and our own checks pass through.
 */
export function FieldErrorText() {
  const { t } = useTranslation();
  return (
    <FieldError className="field__error">
      {({ validationDetails, validationErrors }) =>
        validationDetails.valueMissing ? t('form.required') : validationErrors.join(' ')
      }
    </FieldError>
  );
}
