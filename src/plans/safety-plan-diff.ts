// What changed between two versions of a safety plan, for the worker and the family reading them
// side by side. Rules and network members keep their id across versions, so a reworded rule
// shows as changed rather than as one removed and one added.
import type { NetworkMember, SafetyRule } from './plans.tables.js';

export interface PlanContent {
  number: number;
  rules: SafetyRule[];
  network: NetworkMember[];
  reviewOn: string;
}

export interface ListDiff<T> {
  added: T[];
  removed: T[];
  changed: { id: string; fields: string[]; from: T; to: T }[];
}

export interface PlanDiff {
  from: number;
  to: number;
  rules: ListDiff<SafetyRule>;
  network: ListDiff<NetworkMember>;
  reviewOn: { from: string; to: string } | null;
  unchanged: boolean;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diffList<T extends { id: string }>(before: T[], after: T[]): ListDiff<T> {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  const changed: ListDiff<T>['changed'] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) continue;
    const fields = Object.keys(item).filter((key) => key !== 'id' && !sameValue(previous[key as keyof T], item[key as keyof T]));
    if (fields.length) changed.push({ id: item.id, fields, from: previous, to: item });
  }
  return { added: after.filter((x) => !old.has(x.id)), removed: before.filter((x) => !now.has(x.id)), changed };
}

export function diffPlanVersions(from: PlanContent, to: PlanContent): PlanDiff {
  const rules = diffList(from.rules, to.rules);
  const network = diffList(from.network, to.network);
  const reviewOn = from.reviewOn === to.reviewOn ? null : { from: from.reviewOn, to: to.reviewOn };
  const empty = (d: ListDiff<unknown>) => d.added.length + d.removed.length + d.changed.length === 0;
  return { from: from.number, to: to.number, rules, network, reviewOn, unchanged: empty(rules) && empty(network) && reviewOn === null };
}
