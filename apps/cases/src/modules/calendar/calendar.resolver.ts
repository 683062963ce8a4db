import { randomUUID } from 'node:crypto';
import { ADMIN_ROLES } from '@frontline/auth-tokens';
import {
  addDays,
  audit,
  parseInput,
  type RequestContext,
  requireCaller,
  requireRole,
} from '@frontline/subgraph-kit';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { calendarFor } from '../case/case.service.js';
import { CalendarDay } from './calendar-day.entity.js';
import { officialYears } from './working-calendar.js';

@ObjectType({ description: 'A day that is not an ordinary weekday or weekend day' })
export class SpecialDay {
  @Field(() => String)
  date!: string;

  @Field(() => Boolean)
  working!: boolean;

  @Field(() => String, { nullable: true, description: 'Official name (holiday or make-up day), zh-CN' })
  name!: string | null;

  @Field(() => Boolean, { description: 'Set by a tenant (this one or a federation above it)' })
  override!: boolean;
}

@ObjectType()
export class WorkingCalendarYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Boolean, { description: 'Whether the official calendar package covers this year' })
  official!: boolean;

  @Field(() => Int)
  workingDays!: number;

  @Field(() => [SpecialDay], { description: 'Holidays, make-up working days and overrides' })
  specialDays!: SpecialDay[];
}

@InputType()
export class SetCalendarDayInput {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => Boolean, { nullable: true, description: 'Omit to remove this tenant’s override' })
  working?: boolean;

  @Field(() => String, { nullable: true })
  note?: string;
}

const setSchema = z.object({
  date: z.iso.date({ message: 'validation.date' }),
  working: z.boolean().nullish(),
  note: z.string().trim().max(200).nullish(),
});

@Resolver()
export class CalendarResolver {
  @Query(() => WorkingCalendarYear, {
    description: 'The working calendar deadlines are counted on, for one year',
  })
  async workingCalendar(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext) {
    const caller = requireCaller(ctx);
    parseInput(z.number().int().min(2000).max(2100), year, 'year');
    const calendar = await calendarFor(ctx.em, caller.scope.path);
    const overrides = new Set(
      (await ctx.em.find(CalendarDay, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } })).map(
        (d) => d.date,
      ),
    );
    const specialDays: SpecialDay[] = [];
    let workingDays = 0;
    for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
      const working = calendar.isWorkingDay(d);
      if (working) workingDays++;
      const weekend = [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
      const { holiday, makeUpWorkday } = calendar.describe(d);
      if (working === weekend || overrides.has(d) || holiday) {
        specialDays.push({
          date: d,
          working,
          name: (working ? makeUpWorkday : holiday) ?? null,
          override: overrides.has(d),
        });
      }
    }
    return { year, official: officialYears.includes(String(year)), workingDays, specialDays };
  }

  @Mutation(() => Boolean, {
    description:
      'Admins: correct the calendar for this tenant and those under it (e.g. next year’s holidays)',
  })
  async setCalendarDay(
    @Arg('input', () => SetCalendarDayInput) input: SetCalendarDayInput,
    @Ctx() ctx: RequestContext,
  ) {
    const caller = requireRole(ctx, ADMIN_ROLES);
    const data = parseInput(setSchema, input, 'input');
    await ctx.em.transactional(async (tx) => {
      const existing = await tx.findOne(CalendarDay, { tenantId: caller.scope.id, date: data.date });
      const id = existing?.id ?? randomUUID();
      if (data.working == null) {
        if (existing) tx.remove(existing);
      } else if (existing) {
        existing.working = data.working;
        existing.note = data.note ?? null;
        existing.updatedByName = caller.name;
      } else {
        tx.persist(
          Object.assign(new CalendarDay(), {
            id,
            tenantId: caller.scope.id,
            tenantPath: caller.scope.path,
            date: data.date,
            working: data.working,
            note: data.note ?? null,
            updatedByName: caller.name,
            updatedAt: new Date(),
            version: 1,
          }),
        );
      }
      audit(tx, caller, ctx.requestId, {
        tenantId: caller.scope.id,
        tenantPath: caller.scope.path,
        action: 'calendar.setDay',
        entity: 'CalendarDay',
        entityId: id,
        changes: { [data.date]: [existing?.working ?? null, data.working ?? null] },
      });
    });
    return true;
  }
}
