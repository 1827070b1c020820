import type { Person, Relation } from './cases.api';
import { genogramLayout, NODE_HEIGHT, NODE_WIDTH } from './genogram-layout';
import { useCasesText } from './cases-text';

const fullName = (p: Person) => [p.firstName, p.lastName].filter(Boolean).join(' ');

/**
 * A small genogram: grandparents, parents and children with their lines (dashed for ex-partners
 * and step-relations). The drawing is one image for screen readers; the same relations follow as
 * a list, so nothing is only visual.
 */
export function Genogram({ persons, relations }: { persons: readonly Person[]; relations: readonly Relation[] }) {
  const { text } = useCasesText();
  const layout = genogramLayout(persons, relations);
  const byId = new Map(persons.map((p) => [p.id, p]));
  const label = (p: Person | undefined) => (p ? fullName(p) || p.roleLabel || text.personKinds[p.kind] : '?');
  const sentences = relations
    .filter((r) => byId.has(r.fromPersonId) && byId.has(r.toPersonId))
    .map((r) => ({ id: r.id, text: `${label(byId.get(r.fromPersonId))} — ${text.relationKinds[r.kind]} — ${label(byId.get(r.toPersonId))}` }));
  if (layout.nodes.length === 0) return null;
  return (
    <figure className="genogram">
      <svg role="img" aria-label={text.file.genogram} viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" style={{ maxWidth: `${layout.width}px` }}>
        {layout.edges.map((e) => (
          <line key={e.id} x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2} className={`genogram__line${e.dashed ? ' genogram__line--dashed' : ''}`} />
        ))}
        {layout.nodes.map((n) => (
          <g key={n.id} transform={`translate(${n.x}, ${n.y})`} className={`genogram__node genogram__node--${n.person.kind}${n.person.unborn ? ' genogram__node--unborn' : ''}`}>
            <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx={n.person.kind === 'child' ? 22 : 6} />
            <text x={NODE_WIDTH / 2} y={18} textAnchor="middle" className="genogram__name">
              {label(n.person).slice(0, 20)}
            </text>
            <text x={NODE_WIDTH / 2} y={35} textAnchor="middle" className="genogram__role">
              {(n.person.unborn ? text.list.unborn : n.person.roleLabel || n.person.dateOfBirth?.slice(0, 4) || '').slice(0, 22)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="genogram__relations">
          {sentences.map((s) => (
            <li key={s.id}>{s.text}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
