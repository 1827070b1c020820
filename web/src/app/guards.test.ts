import { describe, expect, it } from 'vitest';
import { ROLES } from '../api/types';
import { roleHome } from '../home/role-homes';
import { signedInAs, signedOut } from '../test-support/sessions';
import { entryPathFor, safeRedirectTarget, signInStepFor } from './guards';
import { navigationFor } from './navigation';

describe('entryPathFor', () => {
  it('sends each session to the step it still owes', () => {
    expect(entryPathFor(signedOut)).toBe('/login');
    expect(entryPathFor(signedInAs('caseworker', { stage: 'mfa_enrol' }))).toBe('/2fa/enrol');
    expect(entryPathFor(signedInAs('caseworker', { stage: 'mfa_challenge' }))).toBe('/2fa/verify');
    expect(entryPathFor(signedInAs('caseworker'))).toBe('/');
    expect(signInStepFor(signedInAs('dpo'))).toBeNull();
  });
});

describe('safeRedirectTarget', () => {
  it('follows same-site paths only', () => {
    expect(safeRedirectTarget('/audit?actor=an%40vk.be')).toBe('/audit?actor=an%40vk.be');
    expect(safeRedirectTarget('/admin/users')).toBe('/admin/users');
    for (const unsafe of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      'audit',
      '',
      42,
      undefined,
    ]) {
      expect(safeRedirectTarget(unsafe)).toBeUndefined();
    }
  });

  it('does not bounce back into the sign-in steps or to the default home', () => {
    expect(safeRedirectTarget('/login?redirect=/audit')).toBeUndefined();
    expect(safeRedirectTarget('/2fa/verify')).toBeUndefined();
    expect(safeRedirectTarget('/')).toBeUndefined();
  });
});

describe('role navigation and homes', () => {
  it('links each role only to pages that exist and belong to it', () => {
    expect(navigationFor('dpo').map((item) => item.to)).toEqual(['/', '/audit', '/admin/retention']);
    expect(navigationFor('admin').map((item) => item.to)).toEqual(['/', '/admin/users', '/partners', '/admin/retention']);
    expect(navigationFor('analyst').map((item) => item.to)).toEqual(['/', '/monitoring', '/kindreflex/stats']);
    expect(navigationFor('caseworker').map((item) => item.to)).toEqual(['/', '/cases', '/consult']);
    expect(navigationFor('team_lead').map((item) => item.to)).toEqual(['/', '/cases', '/cases/waiting-list', '/consult', '/console/supervise', '/console/feedback', '/partners', '/kindreflex/stats']);
    expect(navigationFor('counsellor').map((item) => item.to)).toEqual(['/', '/console', '/hotline', '/consult']);
  });

  it('gives every role a card for each page it works in, and only pages that exist', () => {
    const pages = ['/', '/audit', '/admin/users', '/monitoring', '/cases', '/cases/waiting-list', '/console', '/console/supervise', '/console/feedback', '/hotline', '/partners'];
    for (const role of ROLES) {
      const home = roleHome(role);
      expect(home.available.length, role).toBeGreaterThan(0);
      for (const { to } of home.available) expect(pages, `${role} → ${to}`).toContain(to);
      // The home and the menu lead to the same places.
      const menu = navigationFor(role).map((item) => item.to as string);
      for (const { to } of home.available) expect(menu, `${role} → ${to}`).toContain(to);
    }
    expect(roleHome('counsellor').available).toEqual([
      { capability: 'chatConsole', to: '/console' },
      { capability: 'hotlineCalls', to: '/hotline' },
    ]);
    expect(roleHome('team_lead').available.map((item) => item.capability)).toEqual(['waitingList', 'teamCapacity', 'myCases', 'dueReviews', 'missedDeadlines', 'chatSupervision', 'chatFeedback', 'partners']);
    expect(roleHome('dpo').available).toEqual([{ capability: 'auditLog', to: '/audit' }]);
    expect(roleHome('admin').available).toEqual([
      { capability: 'users', to: '/admin/users' },
      { capability: 'partners', to: '/partners' },
    ]);
  });

  it('never offers an analyst or an admin anything about individual cases', () => {
    const caseCapabilities = [
      'myCases',
      'dueReviews',
      'missedDeadlines',
      'waitingList',
      'chatConsole',
      'hotlineCalls',
    ];
    for (const role of ['analyst', 'admin'] as const) {
      const home = roleHome(role);
      const offered = home.available.map((item) => item.capability) as string[];
      expect(offered.filter((capability) => caseCapabilities.includes(capability))).toEqual([]);
    }
  });
});
