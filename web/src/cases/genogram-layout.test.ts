import { describe, expect, it } from 'vitest';
import type { Person, Relation } from './cases.api';
import { genogramLayout } from './genogram-layout';

const person = (id: string, kind: Person['kind'], firstName = id): Person => ({
  id, kind, firstName, lastName: 'Janssens', dateOfBirth: null, unborn: false, expectedBirth: null, roleLabel: '', organisation: '', phone: '', livesWithChild: null, notes: '', version: 1,
});
const relation = (fromPersonId: string, toPersonId: string, kind: Relation['kind']): Relation => ({ id: `${fromPersonId}-${toPersonId}`, fromPersonId, toPersonId, kind });

describe('genogram layout', () => {
  it('puts grandparents above parents above children, and leaves professionals out', () => {
    const persons = [person('noor', 'child'), person('mama', 'parent'), person('papa', 'parent'), person('oma', 'family'), person('juf', 'professional'), person('daan', 'child')];
    const relations = [relation('mama', 'noor', 'parent'), relation('papa', 'noor', 'parent'), relation('mama', 'papa', 'ex_partner'), relation('oma', 'noor', 'grandparent'), relation('noor', 'daan', 'sibling')];
    const layout = genogramLayout(persons, relations);
    const y = (id: string) => layout.nodes.find((n) => n.id === id)!.y;
    expect(layout.nodes.map((n) => n.id)).not.toContain('juf');
    expect(y('oma')).toBeLessThan(y('mama'));
    expect(y('mama')).toBe(y('papa'));
    expect(y('mama')).toBeLessThan(y('noor'));
    expect(y('noor')).toBe(y('daan'));
    // Siblings share their parents' lines; the separated couple is dashed, parenthood is solid.
    expect(layout.edges.map((e) => e.kind).sort()).toEqual(['ex_partner', 'grandparent', 'parent', 'parent']);
    expect(layout.edges.find((e) => e.kind === 'ex_partner')!.dashed).toBe(true);
    expect(layout.edges.filter((e) => e.kind === 'parent').every((e) => !e.dashed && e.y1 < e.y2)).toBe(true);
  });

  it('draws nothing for a file without family', () => {
    expect(genogramLayout([person('juf', 'professional')], [])).toMatchObject({ height: 0, nodes: [], edges: [] });
  });
});
