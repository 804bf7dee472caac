/**
 * Who wrote each part of a demo row, for the change records the demo logs: the
 * change names its author, and a station importing the demo checks that
 * person's role for what the change does (guarded-changes). The recorder (the
 * customer service clerk) records complaints and returns; the case owner
 * assesses and writes the 8D; the QA manager closes and reopens; each signer
 * writes their own signature, approval or claim decision; the warehouse clerk
 * the receipt; QA the judgement and disposition; the administrator enrols people.
 */
import type { Person } from '../app-db';
import type { EightD } from '../../domain/eightd/schema';
import type { PersonRole } from '../../domain/org/org';
import type { Actor } from './write-record';
import type { StoredReturn } from './returns-row';
import type { WorkflowComplaint } from './workflow-store';

export interface DemoAuthors {
  people: (row: Person, path: string) => Actor;
  complaints: (row: WorkflowComplaint, path: string) => Actor;
  eightD: (row: EightD, path: string) => Actor;
  returns: (row: StoredReturn, path: string) => Actor;
}

export function demoAuthors(people: readonly Person[]): DemoAuthors {
  const actorOf = (p: Person): Actor => ({ id: p.id, name: p.name });
  const byRole = (role: PersonRole): Actor => {
    const p = people.find((x) => x.role === role);
    if (!p) throw new Error(`the demo plant has no ${role}`);
    return actorOf(p);
  };
  const byId = (id: string | undefined, fallback: Actor): Actor => {
    const p = people.find((x) => x.id === id);
    return p ? actorOf(p) : fallback;
  };
  const byName = (name: string | undefined, fallback: Actor): Actor => {
    const p = people.find((x) => x.name === name);
    return p ? actorOf(p) : fallback;
  };
  const admin = byRole('admin');
  const recorder = byRole('customerService');
  const closer = byRole('qaManager');
  const warehouse = byRole('warehouseClerk');
  const qa = byRole('qaEngineer');
  const split = (path: string) => path.split('.') as [string, string | undefined];
  return {
    people: () => admin,
    complaints: (row, path) => {
      const [top] = split(path);
      if (top === 'closures') return closer;
      if (top === 'status' && (row.status === 'closed' || row.status === 'reopened')) return closer;
      if (top === 'assessment') return byId(row.ownerId ?? undefined, recorder);
      return recorder;
    },
    eightD: (row, path) => {
      const [top, key] = split(path);
      if (top === 'signatures' && key) return byId(row.signatures[key]?.personId, admin);
      return byName(row.updatedBy, qa);
    },
    returns: (row, path) => {
      const [top, key] = split(path);
      if (top === 'decision') return byId(row.decision?.signature?.signerId, admin);
      if (top === 'approvals' && key) return byId(row.approvals[key]?.signerId, admin);
      if (top === 'receipt') return byName(row.receipt?.receivedBy, warehouse);
      if (top === 'judgement') return byName(row.judgement?.judgedBy, qa);
      if (top === 'disposition') return byName(row.disposition?.decidedBy, qa);
      return byName(row.createdBy, recorder);
    },
  };
}
