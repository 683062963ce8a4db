import type { Dayjs } from 'dayjs';
import type {
  CreateMemberInput,
  Gender,
  HardshipStatus,
  MemberDetailQuery,
  UpdateMemberInput,
} from '../gql/graphql';
import { fromDay, toDay } from '../lib/dates';

export type MemberDetail = MemberDetailQuery['member'];

/** The member form's values: field names mirror the mutation input, so server errors land on them. */
export interface MemberFormValues {
  name?: string;
  nationalId?: string;
  gender?: Gender;
  birthDate?: Dayjs;
  phone?: string;
  employeeNo?: string;
  jobTitle?: string;
  jobType?: string;
  shiftPattern?: string;
  orgUnitId?: string;
  joinedOn?: Dayjs;
  migrantWorker?: boolean;
  modelWorker?: boolean;
  hardshipStatus?: HardshipStatus;
  hardshipNote?: string;
  tags?: string[];
}

const text = (value: string | null | undefined) => value?.trim() || undefined;
const tags = (values: string[] | undefined) => [
  ...new Set((values ?? []).map((t) => t.trim()).filter(Boolean)),
];

export function toCreateInput(values: MemberFormValues): CreateMemberInput {
  const input: CreateMemberInput = {
    name: text(values.name) ?? '',
    joinedOn: fromDay(values.joinedOn) ?? '',
    gender: values.gender,
    birthDate: fromDay(values.birthDate),
    nationalId: text(values.nationalId)?.toUpperCase(),
    phone: text(values.phone),
    employeeNo: text(values.employeeNo),
    jobTitle: text(values.jobTitle),
    jobType: text(values.jobType),
    shiftPattern: text(values.shiftPattern),
    orgUnitId: values.orgUnitId || undefined,
    migrantWorker: values.migrantWorker ?? false,
    modelWorker: values.modelWorker ?? false,
    hardshipStatus: values.hardshipStatus ?? 'NONE',
    hardshipNote:
      values.hardshipStatus && values.hardshipStatus !== 'NONE' ? text(values.hardshipNote) : undefined,
    tags: tags(values.tags),
  };
  // Leave out what was not given: the server derives gender and birth date from the ID number.
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as CreateMemberInput;
}

/** The edit form starts from the member; ID number and phone start empty (only masked values are known). */
export function formValuesOf(member: MemberDetail): MemberFormValues {
  return {
    name: member.name,
    gender: member.gender ?? undefined,
    birthDate: toDay(member.birthDate),
    employeeNo: member.employeeNo ?? undefined,
    jobTitle: member.jobTitle ?? undefined,
    jobType: member.jobType ?? undefined,
    shiftPattern: member.shiftPattern ?? undefined,
    joinedOn: toDay(member.joinedOn),
    migrantWorker: member.migrantWorker,
    modelWorker: member.modelWorker,
    hardshipStatus: member.hardshipStatus,
    tags: member.tags,
  };
}

/**
 * Only what changed, with the version read: the server keeps omitted fields, and a stale version
 * is a CONFLICT. An emptied text field is sent as "" (the server clears it).
 */
export function toUpdateInput(member: MemberDetail, values: MemberFormValues): UpdateMemberInput {
  const input: UpdateMemberInput = { id: member.id, version: member.version };
  const textFields = ['name', 'employeeNo', 'jobTitle', 'jobType', 'shiftPattern'] as const;
  for (const key of textFields) {
    const next = values[key]?.trim() ?? '';
    if (next !== (member[key] ?? '')) input[key] = next;
  }
  const nationalId = text(values.nationalId)?.toUpperCase();
  if (nationalId) input.nationalId = nationalId;
  const phone = text(values.phone);
  if (phone) input.phone = phone;
  // A new ID number says the gender and birth date itself.
  if (!nationalId) {
    if (values.gender && values.gender !== member.gender) input.gender = values.gender;
    const birthDate = fromDay(values.birthDate);
    if (birthDate && birthDate !== member.birthDate) input.birthDate = birthDate;
  }
  const joinedOn = fromDay(values.joinedOn);
  if (joinedOn && joinedOn !== member.joinedOn) input.joinedOn = joinedOn;
  if ((values.migrantWorker ?? false) !== member.migrantWorker)
    input.migrantWorker = values.migrantWorker ?? false;
  if ((values.modelWorker ?? false) !== member.modelWorker) input.modelWorker = values.modelWorker ?? false;
  if (values.hardshipStatus && values.hardshipStatus !== member.hardshipStatus)
    input.hardshipStatus = values.hardshipStatus;
  const note = text(values.hardshipNote);
  if (note && (values.hardshipStatus ?? member.hardshipStatus) !== 'NONE') input.hardshipNote = note;
  const nextTags = tags(values.tags);
  if (nextTags.join('\u0000') !== member.tags.join('\u0000')) input.tags = nextTags;
  return input;
}

/** True when the update carries nothing but id and version. */
export function isEmptyUpdate(input: UpdateMemberInput): boolean {
  return Object.keys(input).every((k) => k === 'id' || k === 'version');
}
