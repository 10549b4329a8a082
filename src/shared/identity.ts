/** Identity vocabulary shared by the server and the web app. */

export const ROLES = [
  'applicant',
  'window_clerk',
  'reviewer',
  'approver',
  'department_head',
  'supervisor',
  'region_admin',
  'system_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  applicant: '申请人',
  window_clerk: '综合窗口人员',
  reviewer: '审查人员',
  approver: '审批人员',
  department_head: '部门负责人',
  supervisor: '电子监察人员',
  region_admin: '区域管理员',
  system_admin: '系统管理员',
};

/** Where a role assignment applies: a whole region, one department, one unit (科室), or the user's own records. */
export const SCOPE_TYPES = ['region', 'department', 'unit', 'self'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

export const USER_KINDS = ['staff', 'person', 'enterprise'] as const;
export type UserKind = (typeof USER_KINDS)[number];

export interface RoleAssignmentView {
  id: number;
  role: Role;
  scopeType: ScopeType;
  /** Region code, department code or unit code; the user id for `self`. */
  scopeCode: string;
  scopeName: string;
}

export interface CurrentUser {
  id: number;
  username: string;
  displayName: string;
  kind: UserKind;
  roles: RoleAssignmentView[];
  /** Send back as X-CSRF-Token on every state-changing request made with the session cookie. */
  csrfToken: string;
  /** Areas of the web app this user may open. */
  areas: ('applicant' | 'window' | 'department' | 'supervision' | 'admin')[];
}

/** Scopes a machine client may be granted. */
export const CLIENT_SCOPES = ['tasks:read', 'tasks:write', 'cases:read', 'catalogue:read', 'exchange:write', 'events:read'] as const;
export type ClientScope = (typeof CLIENT_SCOPES)[number];

/**
 * What each role may do. Route policies and record policies check these names; the admin
 * "effective permissions" view lists them per assignment, with the assignment's scope.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly string[]> = {
  applicant: ['cases.apply', 'cases.read_own', 'tickets.create'],
  window_clerk: ['intake.read', 'intake.accept', 'intake.file_assisted', 'cases.read', 'certificates.hand_over'],
  reviewer: ['tasks.read', 'tasks.review', 'cases.read'],
  approver: ['tasks.read', 'tasks.review', 'tasks.decide', 'cases.read'],
  department_head: ['tasks.read', 'tasks.assign', 'extensions.decide', 'cases.read', 'identity.read', 'certificates.revoke'],
  supervisor: ['cases.read', 'supervision.read', 'audit.read', 'identity.read', 'catalogue.read_drafts'],
  region_admin: ['identity.read', 'identity.manage', 'clients.manage', 'catalogue.read_drafts', 'catalogue.manage', 'processes.manage', 'calendar.manage', 'audit.read', 'certificates.revoke'],
  system_admin: ['identity.read', 'identity.manage', 'clients.manage', 'catalogue.read_drafts', 'catalogue.manage', 'processes.manage', 'calendar.manage', 'audit.read', 'jobs.manage'],
};

export const ROLE_AREAS: Record<Role, CurrentUser['areas'][number]> = {
  applicant: 'applicant',
  window_clerk: 'window',
  reviewer: 'department',
  approver: 'department',
  department_head: 'department',
  supervisor: 'supervision',
  region_admin: 'admin',
  system_admin: 'admin',
};
