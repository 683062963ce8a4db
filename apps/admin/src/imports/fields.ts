import type { MemberImportField } from '../gql/graphql';

/** Fields a roster column can fill, in the order the mapping table offers them. */
export const IMPORT_FIELDS: MemberImportField[] = [
  'NAME',
  'NATIONAL_ID',
  'EMPLOYEE_NO',
  'GENDER',
  'BIRTH_DATE',
  'PHONE',
  'TEAM',
  'JOINED_ON',
  'JOB_TITLE',
  'JOB_TYPE',
  'SHIFT_PATTERN',
  'MIGRANT_WORKER',
  'MODEL_WORKER',
  'HARDSHIP_STATUS',
  'TAGS',
];

export interface ColumnMapping {
  column: string;
  field: MemberImportField | null;
}

/** One entry per header, in file order, starting from the server's suggestion. */
export function initialMapping(headers: string[], suggested: ColumnMapping[]): ColumnMapping[] {
  return headers.map((column) => ({
    column,
    field: suggested.find((m) => m.column === column)?.field ?? null,
  }));
}

/** Fields chosen for more than one column (the server refuses those). */
export function fieldsMappedTwice(mapping: ColumnMapping[]): Set<MemberImportField> {
  const seen = new Set<MemberImportField>();
  const twice = new Set<MemberImportField>();
  for (const { field } of mapping) {
    if (!field) continue;
    if (seen.has(field)) twice.add(field);
    seen.add(field);
  }
  return twice;
}
