import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * The recovery codes, shown exactly once. The user copies or prints them and says so before going
 * on; the codes are not kept anywhere in the app after this page.
 */
export function RecoveryCodes({
  codes,
  onStored,
}: {
  codes: readonly string[];
  onStored: () => void;
}) {
  const { t } = useTranslation();
  const [copyState, setCopyState] = useState<CopyState>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopyState('copied');
    } catch {
      // Clipboard access can be refused; the codes stay on screen to write down or print.
      setCopyState('failed');
    }
  };

  return (
    <section className="recovery-codes">
      <PageHeader
        title={t('recoveryCodes.title')}
        description={<p>{t('recoveryCodes.intro')}</p>}
      />
      <Alert tone="warning">{t('recoveryCodes.onlyOnce')}</Alert>
      <ol className="recovery-codes__list" aria-label={t('recoveryCodes.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row recovery-codes__tools">
        <Button variant="secondary" onPress={() => void copy()}>
          {t('recoveryCodes.copy')}
        </Button>
        <Button variant="secondary" onPress={() => window.print()}>
          {t('recoveryCodes.print')}
        </Button>
      </div>
      {copyState === 'copied' ? <Alert tone="success">{t('recoveryCodes.copied')}</Alert> : null}
      {copyState === 'failed' ? (
        <Alert tone="warning">{t('recoveryCodes.copyFailed')}</Alert>
      ) : null}
      <Button onPress={onStored} className="recovery-codes__continue">
        {t('recoveryCodes.stored')}
      </Button>
    </section>
  );
}
