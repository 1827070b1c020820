// One invented family per demo report: the children, and for a case file also the parents (often
// separated), sometimes a new partner or a grandparent, and the professionals around the child,
// with the relations that draw the genogram.
import { randomUUID } from 'node:crypto';
import type { casePersons, caseRelations } from '../cases.tables.js';
import { boyNames, girlNames, menNames, placesByCentre, professionals, surnames, womenNames } from './demo-vocabulary.js';
import type { SeededRandom } from './random.js';

export interface DemoChild {
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  unborn: boolean;
  expectedBirth: string | null;
}

type PersonInsert = typeof casePersons.$inferInsert & { id: string };
type RelationInsert = typeof caseRelations.$inferInsert;

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
const yearsBefore = (now: Date, years: number, rng: SeededRandom): string =>
  isoDay(new Date(now.getTime() - (years * 365 + rng.int(0, 364)) * 86_400_000));

export function demoChildren(rng: SeededRandom, now: Date, prenatal: boolean): { surname: string; children: DemoChild[] } {
  const surname = rng.pick(surnames);
  // 10,070 children in 7,535 reports (2021): mostly one child, sometimes siblings.
  const count = rng.weighted([[1, 75], [2, 20], [3, 5]] as const);
  const children: DemoChild[] = [];
  for (let i = 0; i < count; i += 1) {
    const first = rng.chance(0.5) ? rng.pick(girlNames) : rng.pick(boyNames);
    children.push({ firstName: first, lastName: surname, dateOfBirth: yearsBefore(now, rng.int(0, 16), rng), unborn: false, expectedBirth: null });
  }
  if (prenatal) {
    children.push({ firstName: '', lastName: surname, dateOfBirth: null, unborn: true, expectedBirth: isoDay(new Date(now.getTime() + rng.int(20, 200) * 86_400_000)) });
  }
  return { surname, children };
}

export function demoFamily(rng: SeededRandom, caseId: string, centreCode: string, surname: string, children: DemoChild[], now: Date): { persons: PersonInsert[]; relations: RelationInsert[] } {
  const persons: PersonInsert[] = [];
  const relations: RelationInsert[] = [];
  const add = (p: Omit<PersonInsert, 'id' | 'caseId'>): PersonInsert => {
    const person = { id: randomUUID(), caseId, ...p };
    persons.push(person);
    return person;
  };
  const kids = children.map((c) => add({ kind: 'child', ...c }));
  const separated = rng.chance(0.4);
  const mother = rng.chance(0.92) ? add({ kind: 'parent', firstName: rng.pick(womenNames), lastName: rng.chance(0.6) ? surname : rng.pick(surnames), dateOfBirth: yearsBefore(now, rng.int(24, 45), rng), roleLabel: 'mama', livesWithChild: true }) : null;
  const father = rng.chance(0.72) ? add({ kind: 'parent', firstName: rng.pick(menNames), lastName: surname, dateOfBirth: yearsBefore(now, rng.int(26, 50), rng), roleLabel: 'papa', livesWithChild: !separated }) : null;
  for (const parent of [mother, father]) {
    if (parent) for (const kid of kids) relations.push({ caseId, fromPersonId: parent.id, toPersonId: kid.id, kind: 'parent' });
  }
  if (mother && father) relations.push({ caseId, fromPersonId: mother.id, toPersonId: father.id, kind: separated ? 'ex_partner' : 'partner' });
  if (mother && separated && rng.chance(0.35)) {
    const partner = add({ kind: 'family', firstName: rng.pick(menNames), lastName: rng.pick(surnames), roleLabel: 'nieuwe partner van mama', livesWithChild: true });
    relations.push({ caseId, fromPersonId: mother.id, toPersonId: partner.id, kind: 'partner' });
    for (const kid of kids) relations.push({ caseId, fromPersonId: partner.id, toPersonId: kid.id, kind: 'step_parent' });
  }
  if (rng.chance(0.25)) {
    const grandmother = add({ kind: 'family', firstName: rng.pick(womenNames), lastName: rng.pick(surnames), roleLabel: 'oma', dateOfBirth: yearsBefore(now, rng.int(55, 75), rng) });
    for (const kid of kids) relations.push({ caseId, fromPersonId: grandmother.id, toPersonId: kid.id, kind: 'grandparent' });
  }
  for (let i = 1; i < kids.length; i += 1) relations.push({ caseId, fromPersonId: kids[0]!.id, toPersonId: kids[i]!.id, kind: 'sibling' });
  const place = rng.pick(placesByCentre[centreCode] ?? ['Brussel']);
  for (let i = rng.int(1, 2); i > 0; i -= 1) {
    const professional = rng.pick(professionals);
    add({ kind: 'professional', firstName: rng.chance(0.5) ? rng.pick(womenNames) : rng.pick(menNames), lastName: rng.pick(surnames), roleLabel: professional.roleLabel, organisation: professional.organisation(place) });
  }
  if (rng.chance(0.2)) add({ kind: 'network', firstName: rng.pick(womenNames), lastName: rng.pick(surnames), roleLabel: 'buurvrouw, vangt de kinderen op na school' });
  return { persons, relations };
}
