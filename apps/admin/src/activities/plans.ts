import dayjs, { type Dayjs } from 'dayjs';
import type {
  ActivityKindDefFieldsFragment,
  CreateVisitPlanInput,
  PeriodKind,
  UpdateVisitPlanInput,
  VisitPlanFieldsFragment,
} from '../gql/graphql';
import { pinyinCollator } from '../orgUnits/unitTree';

export const PERIOD_KINDS: PeriodKind[] = ['MONTH', 'QUARTER'];

// ---------------------------------------------------------------------------------------------
// Visit plans: form ↔ input.

export interface PlanFormValues {
  name: string;
  periodKind: PeriodKind;
  targetPerTeam: number;
  teamIds: string[];
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  active: boolean;
}

export function planFormValues(plan?: VisitPlanFieldsFragment): PlanFormValues {
  if (!plan)
    return {
      name: '',
      periodKind: 'MONTH',
      targetPerTeam: 1,
      teamIds: [],
      startsOn: dayjs().startOf('month'),
      endsOn: null,
      active: true,
    };
  return {
    name: plan.name,
    periodKind: plan.periodKind,
    targetPerTeam: plan.targetPerTeam,
    teamIds: [...plan.teamIds],
    startsOn: dayjs(plan.startsOn),
    endsOn: plan.endsOn ? dayjs(plan.endsOn) : null,
    active: plan.active,
  };
}

/** A new plan: trimmed name, teams once each, dates as YYYY-MM-DD, no end when open-ended. */
export function createPlanInput(v: PlanFormValues): CreateVisitPlanInput {
  return {
    name: v.name.trim(),
    periodKind: v.periodKind,
    targetPerTeam: v.targetPerTeam,
    teamIds: [...new Set(v.teamIds)],
    startsOn: v.startsOn.format('YYYY-MM-DD'),
    ...(v.endsOn ? { endsOn: v.endsOn.format('YYYY-MM-DD') } : {}),
  };
}

/** Changes to a plan with the `version` read; `endsOn: null` makes it open-ended again. */
export function updatePlanInput(plan: Pick<VisitPlanFieldsFragment, 'id' | 'version'>, v: PlanFormValues) {
  const { endsOn, ...common } = createPlanInput(v);
  return {
    id: plan.id,
    version: plan.version,
    ...common,
    endsOn: endsOn ?? null,
    active: v.active,
  } satisfies UpdateVisitPlanInput;
}

// ---------------------------------------------------------------------------------------------
// Plan progress.

/** The `on` day to ask for: the first day of the month or quarter containing `day`. */
export function periodStart(kind: PeriodKind, day: Dayjs): string {
  const month = kind === 'QUARTER' ? Math.floor(day.month() / 3) * 3 : day.month();
  return day.month(month).startOf('month').format('YYYY-MM-DD');
}

/** "2026-11" for a month, "2026 Q4" for a quarter (from the period's first day). */
export function periodLabel(kind: PeriodKind, from: string): string {
  const day = dayjs(from);
  return kind === 'QUARTER' ? `${day.year()} Q${Math.floor(day.month() / 3) + 1}` : day.format('YYYY-MM');
}

export interface TeamProgress {
  teamId: string;
  name: string;
  visits: number;
  target: number;
  met: boolean;
}

interface ProgressTeam {
  visits: number;
  target: number;
  met: boolean;
  team: { id: string; name?: string | null };
}

/**
 * Teams behind first: not met before met, then the furthest behind (fewest visits against the
 * target), then by name in pinyin order so the list does not shuffle between reloads.
 */
export function progressRows(
  teams: readonly ProgressTeam[],
  nameOf: (id: string) => string | undefined = () => undefined,
): TeamProgress[] {
  return teams
    .map((t) => ({
      teamId: t.team.id,
      name: nameOf(t.team.id) ?? t.team.name ?? t.team.id,
      visits: t.visits,
      target: t.target,
      met: t.met,
    }))
    .sort(
      (a, b) =>
        Number(a.met) - Number(b.met) ||
        b.target - b.visits - (a.target - a.visits) ||
        a.visits - b.visits ||
        pinyinCollator.compare(a.name, b.name),
    );
}

// ---------------------------------------------------------------------------------------------
// The union's own activity kinds in the activity form.

export interface KindChoice {
  value: string;
  label: string;
}

/**
 * Kinds offered for kind OTHER: the active ones in pinyin order, and the activity's current kind
 * even when archived since (so editing an old activity still shows its name).
 */
export function customKindChoices(
  kinds: readonly Pick<ActivityKindDefFieldsFragment, 'id' | 'name' | 'archived'>[],
  current?: { id?: string | null; name?: string | null },
): KindChoice[] {
  const choices = kinds
    .filter((k) => !k.archived || k.id === current?.id)
    .sort((a, b) => pinyinCollator.compare(a.name, b.name))
    .map((k) => ({ value: k.id, label: k.name }));
  if (current?.id && !choices.some((c) => c.value === current.id))
    choices.push({ value: current.id, label: current.name ?? current.id });
  return choices;
}

/**
 * Kind fields of an activity update. The server checks the own kind again whenever kind or
 * customKindId is sent, so an unchanged (possibly archived since) kind is left out.
 */
export function kindChanges<K extends string>(
  before: { kind: K; customKindId?: string | null },
  after: { kind: K; customKindId?: string | null },
): { kind?: K; customKindId?: string | null } {
  const customKindId = after.kind === 'OTHER' ? (after.customKindId ?? null) : null;
  if (before.kind === after.kind && (before.customKindId ?? null) === customKindId) return {};
  return { kind: after.kind, customKindId };
}
