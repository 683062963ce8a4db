import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from './context.js';
import { defineTenantOwnedEntity } from './orm.js';

/** One audit record: who did what to which record, in which tenant, with the changed fields. */
export class AuditEvent {
  id!: string;
  tenantId!: string;
  tenantPath!: string;
  actorId!: string;
  actorName!: string;
  action!: string;
  entity!: string;
  entityId!: string;
  /** `{ field: [before, after] }`; personal data is masked by the caller before it gets here. */
  changes!: Record<string, [unknown, unknown]> | null;
  requestId!: string | null;
  createdAt!: Date;
}

/** Every subgraph lists this entity: its audit log lives in its own schema, under the same isolation. */
export const AuditEventSchema = defineTenantOwnedEntity<AuditEvent>({
  class: AuditEvent,
  tableName: 'audit_event',
  properties: {
    id: { type: 'uuid', primary: true },
    actorId: { type: 'uuid' },
    actorName: { type: 'text' },
    action: { type: 'text' },
    entity: { type: 'text' },
    entityId: { type: 'uuid' },
    changes: { type: 'json', nullable: true },
    requestId: { type: 'text', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  } as never,
  tenantIndexes: [{ properties: ['createdAt'] }, { properties: ['entity', 'entityId'] }],
});

export interface AuditInput {
  tenantId: string;
  tenantPath: string;
  action: string;
  entity: string;
  entityId: string;
  changes?: Record<string, [unknown, unknown]> | null;
}

/** Adds an audit record to the unit of work, so it commits or rolls back with the change itself. */
export function audit(em: EntityManager, caller: Caller, requestId: string | null, input: AuditInput): void {
  em.persist(
    em.create(AuditEvent, {
      id: randomUUID(),
      actorId: caller.officerId,
      actorName: caller.name,
      requestId,
      createdAt: new Date(),
      changes: input.changes ?? null,
      ...input,
    } as never),
  );
}

/** The fields that differ between two snapshots, as `{ field: [before, after] }`. */
export function diffFields<T extends object>(before: Partial<T>, after: Partial<T>, fields: (keyof T)[]) {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const f of fields) {
    if (before[f] !== after[f]) changes[f as string] = [before[f], after[f]];
  }
  return changes;
}
