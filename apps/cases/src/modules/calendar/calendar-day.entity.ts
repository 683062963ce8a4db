import {
  defineTenantOwnedEntity,
  inheritedReadPolicy,
  inheritedScopeFilter,
  TENANT_SCOPE_FILTER,
} from '@frontline/subgraph-kit';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

/**
 * A tenant's correction to the official working calendar (e.g. next year's holidays, announced
 * before the calendar package is updated, or a local holiday). A federation's corrections apply
 * to every union under it; a union's own ones win over its federation's.
 */
@ObjectType({
  description: 'A correction to the official working calendar, for this tenant and those under it',
})
export class CalendarDay {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  tenantId!: string;
  tenantPath!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' })
  date!: string;
  @Field(() => Boolean, { description: 'true: a working day (e.g. a make-up day); false: a day off' })
  working!: boolean;
  @Field(() => String, { nullable: true })
  note!: string | null;
  @Field(() => String)
  updatedByName!: string;
  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
  @Field(() => Int)
  version!: number;
}

export const CalendarDaySchema = defineTenantOwnedEntity<CalendarDay>({
  class: CalendarDay,
  tableName: 'calendar_day',
  properties: {
    id: { type: 'uuid', primary: true },
    date: { type: 'date' },
    working: { type: 'boolean' },
    note: { type: 'text', nullable: true },
    updatedByName: { type: 'text' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    version: { type: 'integer', version: true, default: 1 },
  } as never,
  uniques: [{ name: 'calendar_day_tenant_date_unique', properties: ['tenantId', 'date'] as never }],
  filters: { [TENANT_SCOPE_FILTER]: inheritedScopeFilter },
  policies: [inheritedReadPolicy('calendar_day')],
});
