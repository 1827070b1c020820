// Where each family member goes in the small genogram: grandparents on top, then parents and
// their partners, then the children. Network and professionals are listed beside it instead:
// the drawing is about the family system. Pure, so it is tested without a browser.
import type { Person, Relation, RelationKind } from './cases.api';

export const NODE_WIDTH = 132;
export const NODE_HEIGHT = 44;
const GAP_X = 24;
const GAP_Y = 56;

const PARENTAL: readonly RelationKind[] = ['parent', 'step_parent', 'foster_parent', 'guardian'];
const COUPLE: readonly RelationKind[] = ['partner', 'ex_partner'];

export interface GenogramNode {
  id: string;
  x: number;
  y: number;
  person: Person;
  generation: 0 | 1 | 2;
}

export interface GenogramEdge {
  id: string;
  kind: RelationKind;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Ex-partners and step-relations are drawn dashed, as in common genogram practice. */
  dashed: boolean;
}

export interface GenogramLayout {
  width: number;
  height: number;
  nodes: GenogramNode[];
  edges: GenogramEdge[];
}

function generationOf(person: Person, relations: readonly Relation[]): 0 | 1 | 2 | null {
  if (person.kind === 'child') return 2;
  if (person.kind === 'network' || person.kind === 'professional') return null;
  if (relations.some((r) => r.fromPersonId === person.id && r.kind === 'grandparent')) return 0;
  return 1;
}

export function genogramLayout(persons: readonly Person[], relations: readonly Relation[]): GenogramLayout {
  const rows: Person[][] = [[], [], []];
  for (const person of persons) {
    const generation = generationOf(person, relations);
    if (generation !== null) rows[generation]!.push(person);
  }
  // Keep couples next to each other in the parents' row.
  rows[1]!.sort((a, b) => {
    const partnered = (p: Person) => relations.some((r) => COUPLE.includes(r.kind) && (r.fromPersonId === p.id || r.toPersonId === p.id));
    return Number(partnered(b)) - Number(partnered(a));
  });
  const widest = Math.max(1, ...rows.map((row) => row.length));
  const width = widest * (NODE_WIDTH + GAP_X) + GAP_X;
  const usedRows = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.length > 0);
  const nodes: GenogramNode[] = [];
  usedRows.forEach(({ row, index }, level) => {
    const rowWidth = row.length * (NODE_WIDTH + GAP_X) - GAP_X;
    const left = (width - rowWidth) / 2;
    row.forEach((person, i) => nodes.push({ id: person.id, person, generation: index as 0 | 1 | 2, x: left + i * (NODE_WIDTH + GAP_X), y: GAP_X + level * (NODE_HEIGHT + GAP_Y) }));
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges: GenogramEdge[] = [];
  for (const r of relations) {
    const from = at.get(r.fromPersonId);
    const to = at.get(r.toPersonId);
    if (!from || !to || r.kind === 'sibling' || r.kind === 'half_sibling') continue;
    const sameRow = from.y === to.y;
    const [upper, lower] = from.y <= to.y ? [from, to] : [to, from];
    edges.push({
      id: r.id,
      kind: r.kind,
      x1: upper.x + NODE_WIDTH / 2,
      y1: sameRow ? upper.y + NODE_HEIGHT / 2 : upper.y + NODE_HEIGHT,
      x2: lower.x + NODE_WIDTH / 2,
      y2: sameRow ? lower.y + NODE_HEIGHT / 2 : lower.y,
      dashed: r.kind === 'ex_partner' || (!PARENTAL.includes(r.kind) && !COUPLE.includes(r.kind)) || r.kind === 'step_parent',
    });
  }
  const height = usedRows.length === 0 ? 0 : GAP_X * 2 + usedRows.length * NODE_HEIGHT + (usedRows.length - 1) * GAP_Y;
  return { width, height, nodes, edges };
}
