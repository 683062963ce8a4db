import { defineTenantOwnedEntity } from '@frontline/subgraph-kit';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum OrgUnitKind {
  /** 分厂 / 矿 / 分公司 */
  BRANCH = 'BRANCH',
  /** 车间 / 区队 / 部门 */
  WORKSHOP = 'WORKSHOP',
  /** 班组 — the shift team, where frontline work happens */
  TEAM = 'TEAM',
}
registerEnumType(OrgUnitKind, { name: 'OrgUnitKind' });

export enum OrgUnitStatus {
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(OrgUnitStatus, { name: 'OrgUnitStatus' });

/**
 * A unit inside an enterprise union, down to the shift team. `unitPath` (`/id/id/`) is the unit's
 * place in its union's tree; members carry their unit's path so subtree filters are one range.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A branch, workshop or shift team inside an enterprise union' })
export class OrgUnit {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  tenantPath!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => String, { description: 'Materialized path inside the union' })
  unitPath!: string;

  @Field(() => OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Team leader or unit head' })
  leaderName!: string | null;

  @Field(() => OrgUnitStatus)
  status!: OrgUnitStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

export const OrgUnitSchema = defineTenantOwnedEntity<OrgUnit>({
  class: OrgUnit,
  tableName: 'org_unit',
  properties: {
    id: { type: 'uuid', primary: true },
    parentId: { type: 'uuid', nullable: true },
    unitPath: { type: 'text', collation: 'C' },
    kind: { type: 'text', enum: true, items: Object.values(OrgUnitKind) },
    name: { type: 'text' },
    leaderName: { type: 'text', nullable: true },
    status: { type: 'text', enum: true, items: Object.values(OrgUnitStatus), default: 'ACTIVE' },
    closedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  tenantIndexes: [{ properties: ['unitPath'] }, { properties: ['parentId', 'name'] }],
});

export enum OrgUnitChange {
  CREATED = 'CREATED',
  RENAMED = 'RENAMED',
  MOVED = 'MOVED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
}
registerEnumType(OrgUnitChange, { name: 'OrgUnitChange' });

/** Dated history of a unit: nothing about a unit is overwritten without a record of what it was. */
@ObjectType({ description: 'One change in the life of an org unit' })
export class OrgUnitEvent {
  @Field(() => ID)
  id!: string;

  tenantId!: string;

  tenantPath!: string;

  @Field(() => ID)
  orgUnitId!: string;

  @Field(() => OrgUnitChange)
  change!: OrgUnitChange;

  @Field(() => String, { nullable: true, description: 'Name or parent before the change' })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;

  @Field(() => String)
  actorName!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;
}

export const OrgUnitEventSchema = defineTenantOwnedEntity<OrgUnitEvent>({
  class: OrgUnitEvent,
  tableName: 'org_unit_event',
  properties: {
    id: { type: 'uuid', primary: true },
    orgUnitId: { type: 'uuid' },
    change: { type: 'text', enum: true, items: Object.values(OrgUnitChange) },
    before: { type: 'text', nullable: true },
    after: { type: 'text', nullable: true },
    actorName: { type: 'text' },
    at: { type: 'datetime', defaultRaw: 'now()' },
  } as never,
  tenantIndexes: [{ properties: ['orgUnitId', 'at'] }],
});
