import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import { formatNumber } from '../ui/format';
import { auditApi } from './audit.api';

/** Recomputes the hash chain on request; a break means an event was changed or removed. */
export function ChainVerification() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  // A button-triggered check, not a query: it reads the whole log, so it runs only when asked.
  const verification = useMutation({ mutationFn: () => auditApi.verify(api) });
  const result = verification.data;

  return (
    <Card title={t('audit.verify.title')}>
      <p>{t('audit.verify.explanation')}</p>
      <Button
        variant="secondary"
        isPending={verification.isPending}
        onPress={() => verification.mutate()}
      >
        {t('audit.verify.run')}
      </Button>
      {verification.isError ? <Alert tone="error">{verification.error.message}</Alert> : null}
      {result === undefined ? null : result.ok ? (
        <Alert tone="success" title={t('audit.verify.intact')}>
          <p>
            {t('audit.verify.checked', { checked: formatNumber(result.checked, i18n.language) })}
          </p>
        </Alert>
      ) : (
        <Alert tone="error" title={t('audit.verify.broken')}>
          {result.firstBroken === null ? null : (
            <p>
              {t('audit.verify.brokenAt', {
                seq: result.firstBroken.seq,
                reason: result.firstBroken.reason,
              })}
            </p>
          )}
          <p>
            {t('audit.verify.checked', { checked: formatNumber(result.checked, i18n.language) })}
          </p>
        </Alert>
      )}
    </Card>
  );
}
