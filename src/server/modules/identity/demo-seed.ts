import type { Role, ScopeType } from '../../../shared/identity.js';
import type { Db } from '../../db/connection.js';
import type { DemoSeed } from '../../seed.js';
import { hashPassword } from './passwords.js';
import * as repo from './repository.js';

/** The shared password of every demo account (README states it). Only ever loaded in demo mode. */
export const DEMO_PASSWORD = 'onewindow-demo';
const REGION = '500102';

interface DemoAccount {
  username: string;
  displayName: string;
  kind: 'staff' | 'person' | 'enterprise';
  unitCode?: string;
  phone?: string;
  roles: { role: Role; scopeType: ScopeType; scopeCode?: string }[];
  idNumber?: string;
  enterpriseName?: string;
}

const PLATFORM_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员', kind: 'staff', roles: [{ role: 'system_admin', scopeType: 'region', scopeCode: REGION }] },
  { username: 'region-admin', displayName: '涪陵区管理员', kind: 'staff', roles: [{ role: 'region_admin', scopeType: 'region', scopeCode: REGION }] },
  { username: 'supervisor', displayName: '电子监察员', kind: 'staff', roles: [{ role: 'supervisor', scopeType: 'region', scopeCode: REGION }] },
  { username: 'window', displayName: '综合窗口受理员', kind: 'staff', roles: [{ role: 'window_clerk', scopeType: 'region', scopeCode: REGION }] },
  {
    username: 'citizen',
    displayName: '李明',
    kind: 'person',
    phone: '13800000001',
    idNumber: '500102198806123011',
    roles: [{ role: 'applicant', scopeType: 'self' }],
  },
  {
    username: 'company',
    displayName: '王芳（经办人）',
    kind: 'enterprise',
    phone: '13800000002',
    idNumber: '91500102MA5U7G8K20',
    enterpriseName: '重庆市涪陵区示例商贸有限公司',
    roles: [{ role: 'applicant', scopeType: 'self' }],
  },
];

/** Each department's demo staff; two reviewers, so a head has someone to move a reviewer's task to. */
const DEPARTMENT_ROLES: { suffix: string; role: Role }[] = [
  { suffix: 'reviewer', role: 'reviewer' },
  { suffix: 'reviewer-b', role: 'reviewer' },
  { suffix: 'approver', role: 'approver' },
  { suffix: 'head', role: 'department_head' },
];

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程'];
const GIVEN_NAMES = ['伟', '芳', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '晓东', '丽娟', '志强', '海燕', '文博', '雪梅', '国庆', '红梅', '永红', '小龙', '佳怡', '子涵', '思远', '晨曦', '宏伟', '春燕', '德明', '玉兰', '建国', '慧敏', '新民', '云飞', '庆华'];

/**
 * Demo staff are people with names (timelines show 张伟（区市场监管局 审查人员）, never a login
 * name); deterministic, so every demo database has the same people.
 */
export function demoStaffName(index: number): string {
  return `${SURNAMES[index % SURNAMES.length]}${GIVEN_NAMES[(index * 7 + Math.floor(index / SURNAMES.length)) % GIVEN_NAMES.length]}`;
}

/** Demo accounts: the platform roles, and a reviewer, an approver and a head for every department. */
export function identityDemoSeed(secrets: { lookupHash(v: string): string; encrypt(v: string): string }): DemoSeed {
  return {
    name: 'identity',
    isLoaded: async (db) => (await repo.countUsers(db)) > 0,
    async load(db: Db) {
      // Every demo account has the same password: one hash (argon2 is slow on purpose) serves all.
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const departments = await db.selectFrom('departments').select(['id', 'code', 'short_name']).orderBy('sort').execute();
      const units = await repo.insertUnits(
        db,
        departments.map((department) => ({ code: `${department.code}.spk`, department_id: department.id, name: `${department.short_name}行政审批科` })),
      );
      const unitIds = new Map(units.map((unit) => [unit.code, unit.id]));
      const accounts = [...PLATFORM_ACCOUNTS];
      for (const department of departments) {
        for (const { suffix, role } of DEPARTMENT_ROLES) {
          accounts.push({
            username: `${department.code}.${suffix}`,
            displayName: demoStaffName(accounts.length),
            kind: 'staff',
            unitCode: `${department.code}.spk`,
            roles: [{ role, scopeType: 'department', scopeCode: department.code }],
          });
        }
      }
      const users = await repo.insertUsers(
        db,
        accounts.map((account) => ({
          username: account.username,
          phone: account.phone ?? null,
          display_name: account.displayName,
          kind: account.kind,
          unit_id: account.unitCode ? unitIds.get(account.unitCode)! : null,
          password_hash: passwordHash,
          id_number_hash: account.idNumber ? secrets.lookupHash(account.idNumber) : null,
          id_number_encrypted: account.idNumber ? secrets.encrypt(account.idNumber) : null,
          id_number_masked: account.idNumber ? `${account.idNumber.slice(0, 6)}********${account.idNumber.slice(-4)}` : null,
          enterprise_name: account.enterpriseName ?? null,
          // Demo applicants' phones count as verified (L1); the demo has no identity service for L2.
          ...(account.phone && account.kind !== 'staff' ? { realname_level: 1, phone_verified_at: new Date() } : {}),
        })),
      );
      const userIds = new Map(users.map((user) => [user.username, user.id]));
      await repo.insertAssignments(
        db,
        accounts.flatMap((account) => {
          const userId = userIds.get(account.username)!;
          return account.roles.map((role) => ({
            user_id: userId,
            role: role.role,
            scope_type: role.scopeType,
            scope_code: role.scopeCode ?? String(userId),
            granted_by: 'system:seed',
          }));
        }),
      );
    },
  };
}
