import { describe, expect, it } from 'vitest';
import { diffPlanVersions, type PlanContent } from './safety-plan-diff.js';

const rule = (id: string, text: string) => ({ id, rule: text });
const member = (id: string, name: string, checks: string, ruleIds: string[]) => ({ id, name, relation: 'oma', personId: null, checks, ruleIds });
const v = (number: number, over: Partial<PlanContent> = {}): PlanContent => ({
  number,
  rules: [rule('r1', 'Noor is nooit alleen met de partner van mama.'), rule('r2', 'Na school gaat Noor naar oma.')],
  network: [member('m1', 'Oma Maria', 'Belt elke avond.', ['r2'])],
  reviewOn: '2026-03-01',
  ...over,
});

describe('safety plan diff', () => {
  it('shows a reworded rule as changed, and added and removed items as such', () => {
    const diff = diffPlanVersions(
      v(1),
      v(2, {
        rules: [rule('r1', 'Noor is nooit alleen met de partner van mama, ook niet even.'), rule('r3', 'Mama belt de VK als de partner drinkt.')],
        network: [member('m1', 'Oma Maria', 'Belt elke avond en komt op woensdag.', ['r2', 'r3']), member('m2', 'Buurvrouw Els', 'Opvang bij nood.', [])],
        reviewOn: '2026-04-01',
      }),
    );
    expect(diff.rules.added.map((r) => r.id)).toEqual(['r3']);
    expect(diff.rules.removed.map((r) => r.id)).toEqual(['r2']);
    expect(diff.rules.changed).toEqual([{ id: 'r1', fields: ['rule'], from: rule('r1', 'Noor is nooit alleen met de partner van mama.'), to: rule('r1', 'Noor is nooit alleen met de partner van mama, ook niet even.') }]);
    expect(diff.network.changed.map((c) => [c.id, c.fields])).toEqual([['m1', ['checks', 'ruleIds']]]);
    expect(diff.network.added.map((m) => m.name)).toEqual(['Buurvrouw Els']);
    expect(diff.reviewOn).toEqual({ from: '2026-03-01', to: '2026-04-01' });
    expect(diff.unchanged).toBe(false);
  });

  it('finds nothing between identical versions, whatever their order of keys', () => {
    const same = v(2, { rules: [{ rule: 'Noor is nooit alleen met de partner van mama.', id: 'r1' }, rule('r2', 'Na school gaat Noor naar oma.')] });
    expect(diffPlanVersions(v(1), same)).toMatchObject({ unchanged: true, reviewOn: null, from: 1, to: 2 });
  });
});
