// The Kindreflex steps as the guide names them (the general variant: every sector shares its
// step ids), so the consult screens never keep a copy of the guide's wording.
import { guideFor } from '../kindreflex/guide-content';

export function kindreflexSteps(locale: 'nl-BE' | 'en'): { id: string; label: string }[] {
  return (guideFor('algemeen')?.steps ?? []).map((step, i) => ({ id: step.id, label: `${i + 1}. ${step.title[locale]}` }));
}

export function kindreflexStepLabel(id: string | null, locale: 'nl-BE' | 'en'): string | null {
  if (id === null) return null;
  return kindreflexSteps(locale).find((step) => step.id === id)?.label ?? id;
}
