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
    expect(navigationFor('dpo').map((item) => item.to)).toEqual(['/', '/audit']);
    expect(navigationFor('admin').map((item) => item.to)).toEqual(['/', '/admin/users', '/partners']);
    expect(navigationFor('analyst').map((item) => item.to)).toEqual(['/', '/monitoring']);
    expect(navigationFor('caseworker').map((item) => item.to)).toEqual(['/', '/cases']);
    expect(navigationFor('team_lead').map((item) => item.to)).toEqual(['/', '/cases', '/cases/waiting-list', '/console/supervise', '/partners']);
    expect(navigationFor('counsellor').map((item) => item.to)).toEqual(['/', '/console', '/hotline']);
  });

  it('describes what is coming instead of linking to it', () => {
    expect(roleHome('counsellor')).toEqual({
      available: [],
      upcoming: ['chatConsole', 'hotlineCalls'],
    });
    expect(roleHome('team_lead').upcoming).toEqual([
      'waitingList',
      'teamCapacity',
      'myCases',
      'dueReviews',
      'missedDeadlines',
    ]);
    expect(roleHome('dpo')).toEqual({
      available: [{ capability: 'auditLog', to: '/audit' }],
      upcoming: [],
    });
    expect(roleHome('admin')).toEqual({
      available: [{ capability: 'users', to: '/admin/users' }],
      upcoming: ['settings'],
    });
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
      const offered = [...home.available.map((item) => item.capability), ...home.upcoming];
      expect(offered.filter((capability) => caseCapabilities.includes(capability))).toEqual([]);
    }
    expect(
      ROLES.every((role) => roleHome(role).available.length + roleHome(role).upcoming.length > 0),
    ).toBe(true);
  });
});
