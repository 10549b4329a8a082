/**
 * What people and machines ask the engine to do, in the imperative. `decide` turns a
 * command into events or a rule error; nothing here has happened yet.
 */
import type { IsoDate } from '../../calendar/engine/index.js';
import type { Role, ScopeType } from '../../../../shared/identity.js';
import type { SpecialProcedure } from '../../../../shared/catalogue.js';
import type { ActorKind, Channel, Delivered } from './events.js';

/**
 * One role assignment. `department` scope covers that department, `region` every department
 * of the region. The shell resolves `unit` assignments to their department before calling
 * the engine (the engine has no organisation tree); `self` covers no department.
 */
export interface RoleGrant {
  readonly role: Role;
  readonly scopeType: ScopeType;
  readonly scopeCode: string;
}

export interface Actor {
  readonly id: string;
  readonly kind: ActorKind;
  readonly roles: readonly RoleGrant[];
}

/** The moment of the command: an ISO instant and its calendar date in Asia/Shanghai. */
export interface Now {
  readonly at: string;
  readonly on: IsoDate;
}

export type Command =
  | { kind: 'submit'; applicantId: string; itemCode: string; departmentCode: string; regionCode: string; channel: Channel }
  | { kind: 'pass_prereview'; opinion?: string }
  | { kind: 'return_prereview'; reason: string }
  | { kind: 'accept' }
  | { kind: 'refuse'; reason: string; legalBasis?: string }
  /** At intake (no taskId) or from a task; `alsoPauses`: other open tasks the missing items concern. */
  | { kind: 'request_supplement'; items: string[]; taskId?: string; alsoPauses?: string[] }
  | { kind: 'receive_supplement'; note?: string }
  | { kind: 'claim'; taskId: string }
  | { kind: 'approve'; taskId: string; opinion: string }
  | { kind: 'reject'; taskId: string; reason: string; legalBasis: string; opinion?: string }
  /** Back to an earlier stage; default the previous one. */
  | { kind: 'return'; taskId: string; reason: string; toStageKey?: string }
  /** `to` carries the colleague's roles so the engine can check they may hold the task. */
  | { kind: 'transfer'; taskId: string; to: { id: string; roles: readonly RoleGrant[] } }
  | { kind: 'start_special_procedure'; taskId: string; procedure: SpecialProcedure; reason: string }
  | { kind: 'end_special_procedure'; taskId: string; result: string }
  | { kind: 'request_extension'; taskId: string; days: number; reason: string }
  | { kind: 'decide_extension'; approved: boolean; reason?: string }
  | { kind: 'complete' }
  | { kind: 'deliver'; method: Delivered['method'] }
  | { kind: 'withdraw'; reason?: string }
  | { kind: 'deem_accepted' };

export type CommandKind = Command['kind'];
export type CommandOf<K extends CommandKind> = Extract<Command, { kind: K }>;

export const COMMAND_KINDS: readonly CommandKind[] = [
  'submit',
  'pass_prereview',
  'return_prereview',
  'accept',
  'refuse',
  'request_supplement',
  'receive_supplement',
  'claim',
  'approve',
  'reject',
  'return',
  'transfer',
  'start_special_procedure',
  'end_special_procedure',
  'request_extension',
  'decide_extension',
  'complete',
  'deliver',
  'withdraw',
  'deem_accepted',
];
