import { useTranslation } from 'react-i18next';
import { SEARCH_SHORTCUT_VALUE } from '../app/useSearchShortcut';
import { Button } from '../ui/Button';
import { Form } from '../ui/Form';
import { TextField } from '../ui/TextField';
import { auditFiltersFromForm, hasAuditFilters, type AuditFilters } from './audit-search';

export interface AuditFiltersFormProps {
  filters: AuditFilters;
  /** Field errors the server gave for these filters (e.g. a `to` before `from`). */
  error: unknown;
  onApply: (filters: AuditFilters) => void;
}

export function AuditFiltersForm({ filters, error, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  return (
    <Form
      error={error}
      className="filters"
      aria-label={t('audit.filters.title')}
      onSubmit={(data) => onApply(auditFiltersFromForm(data))}
    >
      <div className="filters__grid">
        <TextField
          name="actor"
          label={t('audit.filters.actor')}
          description={t('audit.filters.actorHint')}
          defaultValue={filters.actor ?? ''}
          spellCheck="false"
          shortcut={SEARCH_SHORTCUT_VALUE}
        />
        <TextField
          name="recordType"
          label={t('audit.filters.recordType')}
          defaultValue={filters.recordType ?? ''}
          spellCheck="false"
        />
        <TextField
          name="recordId"
          label={t('audit.filters.recordId')}
          defaultValue={filters.recordId ?? ''}
          spellCheck="false"
        />
        <TextField
          name="from"
          type="date"
          label={t('audit.filters.from')}
          defaultValue={filters.from ?? ''}
        />
        <TextField
          name="to"
          type="date"
          label={t('audit.filters.to')}
          defaultValue={filters.to ?? ''}
        />
      </div>
      <div className="button-row">
        <Button type="submit">{t('audit.filters.apply')}</Button>
        {hasAuditFilters(filters) ? (
          <Button variant="quiet" onPress={() => onApply({})}>
            {t('audit.filters.clear')}
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
