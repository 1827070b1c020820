// Roles and what they may do. Rules are data: a route names one permission, the guard looks it up
// here. Least privilege: the admin manages accounts but never sees case content; the analyst sees
// aggregates only; the DPO reads the audit log.
export const roles = ['counsellor', 'caseworker', 'team_lead', 'analyst', 'dpo', 'admin'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  /** Any signed-in staff member with a completed login (incl. 2FA). */
  'self',
  'users:manage',
  'audit:read',
  'cases:read',
  'cases:write',
  'cases:lead',
  'chat:counsel',
  'chat:supervise',
  'hotline:log',
  'consult:handle',
  'monitoring:read',
  /** Targets, registry imports and survey results: analysts own the indicator framework. */
  'monitoring:manage',
  /** Anonymous Kindreflex completion counts per sector and outcome. */
  'kindreflex:stats',
  /** Keeping the partner directory (organisations, no personal data). */
  'partners:manage',
  /** Retention periods of case-work records, dry runs and purges (counts only, no content). */
  'retention:manage',
] as const;
export type Permission = (typeof permissions)[number];

const caseworker: Permission[] = ['self', 'cases:read', 'cases:write', 'consult:handle'];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  counsellor: ['self', 'chat:counsel', 'hotline:log', 'consult:handle'],
  caseworker,
  team_lead: [...caseworker, 'cases:lead', 'chat:supervise', 'kindreflex:stats', 'partners:manage'],
  // The Kindreflex counts are anonymous aggregates, like the rest of the analyst's work.
  analyst: ['self', 'monitoring:read', 'monitoring:manage', 'kindreflex:stats'],
  dpo: ['self', 'audit:read', 'retention:manage'],
  admin: ['self', 'users:manage', 'partners:manage', 'retention:manage'],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
