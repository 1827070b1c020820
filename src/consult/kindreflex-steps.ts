// The Kindreflex steps a professional can be at, taken from the guide's own content (the general
// variant: every sector shares its step ids), so a wording change in the guide shows here too.
import { guideCatalogue } from '../kindreflex/guide-catalogue.js';

export function kindreflexStepIds(): string[] {
  return guideCatalogue().get('algemeen')?.steps.map((step) => step.id) ?? [];
}
