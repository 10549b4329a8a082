import type { Db } from '../../db/connection.js';
import { peopleByUsername } from '../identity/people.js';
import type { Command } from './engine/index.js';

/**
 * A transfer names its colleague; the roles the engine checks them against come from the
 * colleague's account, never from the caller (who could otherwise claim any roles for them).
 * An unknown, disabled or non-staff account holds no roles, so the engine refuses it.
 */
export async function withTransferTarget(db: Db, command: Command): Promise<Command> {
  if (command.kind !== 'transfer') return command;
  const person = (await peopleByUsername(db, [command.to.id])).get(command.to.id);
  const roles = person && person.active && person.kind === 'staff' ? person.grants : [];
  return { ...command, to: { id: command.to.id, roles } };
}
