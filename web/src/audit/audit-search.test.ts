import { describe, expect, it } from 'vitest';
import { auditFiltersFromForm, hasAuditFilters, parseAuditSearch } from './audit-search';

describe('audit filters in the URL', () => {
  it('keeps well-formed filters, trimmed', () => {
    expect(
      parseAuditSearch({
        actor: ' an@vk.be ',
        recordType: 'user',
        recordId: 'abc',
        from: '2026-01-01',
        to: '2026-01-31',
      }),
    ).toEqual({
      actor: 'an@vk.be',
      recordType: 'user',
      recordId: 'abc',
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });

  it('drops empty values and dates that are no ISO calendar dates', () => {
    expect(
      parseAuditSearch({ actor: '', recordType: '   ', from: '01/02/2026', to: '2026-02-31' }),
    ).toEqual({});
    expect(parseAuditSearch({ from: 20260101, to: { nested: true } })).toEqual({});
  });

  it('reads the filter form and tells whether anything is filtered', () => {
    const data = new FormData();
    data.set('actor', 'an@vk.be');
    data.set('recordType', '');
    data.set('from', '2026-03-01');
    const filters = auditFiltersFromForm(data);
    expect(filters).toEqual({ actor: 'an@vk.be', from: '2026-03-01' });
    expect(hasAuditFilters(filters)).toBe(true);
    expect(hasAuditFilters({})).toBe(false);
  });
});
