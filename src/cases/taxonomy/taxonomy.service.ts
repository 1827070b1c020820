// Reads the case vocabulary and checks codes against it. The defaults are installed on first use
// (idempotently), so a fresh installation is never without categories or deadlines.
import { asc, count } from 'drizzle-orm';
import type { Queryable } from '../../platform/db.js';
import type { FieldProblem } from '../../platform/errors.js';
import { urgencySettings, type UrgencySettings } from '../deadlines/deadlines.js';
import { defaultTaxonomy, taxonomyKinds, type TaxonomyKind } from './default-taxonomy.js';
import { caseTaxonomyTerms } from './taxonomy.tables.js';

export interface Term {
  kind: TaxonomyKind;
  code: string;
  labelNl: string;
  labelEn: string;
  sortOrder: number;
  active: boolean;
}

export interface Urgency {
  code: string;
  rank: number;
  settings: UrgencySettings;
}

export interface Taxonomy {
  terms: Term[];
  /** True when the code exists; new records may only use active terms. */
  has(kind: TaxonomyKind, code: string, options?: { activeOnly?: boolean }): boolean;
  urgency(code: string): Urgency | undefined;
}

export async function ensureDefaultTaxonomy(q: Queryable): Promise<void> {
  const [row] = await q.select({ n: count() }).from(caseTaxonomyTerms);
  if ((row?.n ?? 0) > 0) return;
  const values = taxonomyKinds.flatMap((kind) =>
    defaultTaxonomy[kind].map((term, index) => ({
      kind,
      code: term.code,
      labelNl: term.nl,
      labelEn: term.en,
      sortOrder: (index + 1) * 10,
      settings: term.settings ?? null,
    })),
  );
  await q.insert(caseTaxonomyTerms).values(values).onConflictDoNothing();
}

const isKind = (kind: string): kind is TaxonomyKind => (taxonomyKinds as readonly string[]).includes(kind);

export async function loadTaxonomy(q: Queryable): Promise<Taxonomy> {
  await ensureDefaultTaxonomy(q);
  const rows = await q.select().from(caseTaxonomyTerms).orderBy(asc(caseTaxonomyTerms.kind), asc(caseTaxonomyTerms.sortOrder));
  const terms: Term[] = [];
  const urgencies = new Map<string, Urgency>();
  for (const row of rows) {
    if (!isKind(row.kind)) continue; // a kind a newer release added; this one ignores it
    terms.push({ kind: row.kind, code: row.code, labelNl: row.labelNl, labelEn: row.labelEn, sortOrder: row.sortOrder, active: row.active });
    if (row.kind === 'urgency') {
      const settings = urgencySettings.safeParse(row.settings);
      // An urgency without valid deadlines cannot be used: better refused than silently undated.
      if (settings.success) urgencies.set(row.code, { code: row.code, rank: row.sortOrder, settings: settings.data });
    }
  }
  return {
    terms,
    has: (kind, code, options = {}) => terms.some((t) => t.kind === kind && t.code === code && (!options.activeOnly || t.active)),
    urgency: (code) => urgencies.get(code),
  };
}

export interface ClassificationInput {
  problemCategory: string;
  forms: string[];
  contexts: string[];
  urgency: string;
}

/** Every unknown or retired code at once, each at its own field. */
export function classificationProblems(taxonomy: Taxonomy, input: Partial<ClassificationInput>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const activeOnly = { activeOnly: true };
  if (input.problemCategory !== undefined && !taxonomy.has('problem_category', input.problemCategory, activeOnly)) {
    problems.push({ path: 'problemCategory', key: 'case_unknown_term' });
  }
  input.forms?.forEach((code, index) => {
    if (!taxonomy.has('maltreatment_form', code, activeOnly)) problems.push({ path: `forms.${index}`, key: 'case_unknown_term' });
  });
  input.contexts?.forEach((code, index) => {
    if (!taxonomy.has('specific_context', code, activeOnly)) problems.push({ path: `contexts.${index}`, key: 'case_unknown_term' });
  });
  if (input.urgency !== undefined && (!taxonomy.has('urgency', input.urgency, activeOnly) || !taxonomy.urgency(input.urgency))) {
    problems.push({ path: 'urgency', key: 'case_unknown_term' });
  }
  return problems;
}
