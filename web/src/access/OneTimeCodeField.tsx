import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/TextField';

/** The six digits from the authenticator app; phones offer the number pad and can autofill it. */
export function OneTimeCodeField({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      name="code"
      label={t('mfa.codeLabel')}
      description={t('mfa.codeDescription')}
      autoComplete="one-time-code"
      inputMode="numeric"
      spellCheck="false"
      maxLength={9}
      isRequired
      value={value}
      onChange={onChange}
      inputClassName="field__input--code"
    />
  );
}
