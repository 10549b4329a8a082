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
