// What a worker types in the search box: a case number (whole or its running number), a date of
// birth in the ways Flemings write it, or a name. Pure, so every form is tested without a database.
export type SearchQuery =
  | { kind: 'number'; value: string }
  | { kind: 'birth_date'; value: string }
  | { kind: 'name'; value: string };

const fullNumber = /^vk-[a-z]{3}-\d{4}-\d{1,5}$/i;
const runningNumber = /^(\d{4}-)?\d{1,5}$/;
const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

export function parseSearchQuery(raw: string): SearchQuery {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (fullNumber.test(text)) return { kind: 'number', value: text.toUpperCase() };
  const iso = isoDay.exec(text);
  if (iso) {
    const date = validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) return { kind: 'birth_date', value: date };
  }
  const dmy = dayFirst.exec(text);
  if (dmy) {
    const date = validDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
    if (date) return { kind: 'birth_date', value: date };
  }
  if (runningNumber.test(text)) {
    // "42" and "2026-42" both mean the running number 00042 (of that year, when given).
    const [year, running] = text.includes('-') ? text.split('-') : [null, text];
    return { kind: 'number', value: `${year ? `${year}-` : ''}${running.padStart(5, '0')}` };
  }
  return { kind: 'name', value: text.toLowerCase() };
}
