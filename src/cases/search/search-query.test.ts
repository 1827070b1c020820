import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './search-query.js';

describe('reading the search box', () => {
  it('recognises case numbers, whole or by their running number', () => {
    expect(parseSearchQuery(' vk-ant-2026-00042 ')).toEqual({ kind: 'number', value: 'VK-ANT-2026-00042' });
    expect(parseSearchQuery('42')).toEqual({ kind: 'number', value: '00042' });
    expect(parseSearchQuery('2026-42')).toEqual({ kind: 'number', value: '2026-00042' });
  });

  it('recognises dates of birth written day first or as ISO, and refuses impossible ones', () => {
    expect(parseSearchQuery('4/5/2017')).toEqual({ kind: 'birth_date', value: '2017-05-04' });
    expect(parseSearchQuery('04.05.2017')).toEqual({ kind: 'birth_date', value: '2017-05-04' });
    expect(parseSearchQuery('2017-05-04')).toEqual({ kind: 'birth_date', value: '2017-05-04' });
    expect(parseSearchQuery('31/02/2017').kind).toBe('name');
  });

  it('treats everything else as a name, lower-cased with single spaces', () => {
    expect(parseSearchQuery('  Noor   JANSENS ')).toEqual({ kind: 'name', value: 'noor jansens' });
    expect(parseSearchQuery('El Amrani')).toEqual({ kind: 'name', value: 'el amrani' });
  });
});
