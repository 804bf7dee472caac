/**
 * The repositories' own check of who may do what. The UI hides what a person may
 * not do; this refuses it anyway, reading the person's role from the people table
 * (never from the caller) and the matrix from the plant configuration.
 */
import type { AppDB, Person } from '../app-db';
import { effectiveMatrix, isAllowed, type Action } from '../../domain/auth/permissions';
import { ValidationError } from '../../domain/common/validation-error';
import { getPlantConfig } from './config';
import type { Actor } from './write-record';

export class PermissionError extends ValidationError {
  readonly action: Action;
  constructor(action: Action) {
    super([{ path: '', code: 'auth.err.notAllowed' }]);
    this.name = 'PermissionError';
    this.action = action;
  }
}

/** The acting person, if they are active and their role allows the action; otherwise a PermissionError. */
export async function authorize(db: AppDB, actor: Actor, action: Action): Promise<Person> {
  const person = await db.people.get(actor.id);
  if (!person || person.deletedAt || !person.active) throw new PermissionError(action);
  const matrix = effectiveMatrix((await getPlantConfig(db)).permissions);
  if (!isAllowed(matrix, person.role, action)) throw new PermissionError(action);
  return person;
}

export async function isActorAllowed(db: AppDB, actor: Actor, action: Action): Promise<boolean> {
  return authorize(db, actor, action).then(() => true, () => false);
}
