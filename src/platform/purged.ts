// What a capability's retention purge returns to the retention run (src/retention): how many rows
// went, and one coded value per removed main record for the anonymous statistics. Here because
// every capability that owns case-work records implements one, and none should import another's.
export interface Purged {
  records: number;
  /** One coded value per purged main record, with its case, for the statistics. */
  values: { caseId: string; metric: string; value: string }[];
}

/** The number of rows several `returning()` lists removed together. */
export const rowsIn = (...lists: unknown[][]): number => lists.reduce((n, list) => n + list.length, 0);
