import { type FieldProblem } from '@frontline/subgraph-kit';
import { type ColumnMapping, ImportField } from './import.entity.js';

/**
 * Text as people type it into spreadsheets: full-width letters, digits and punctuation become
 * half-width (NFKC), every kind of blank (ideographic space, no-break space, zero-width) becomes
 * one space, and the ends are trimmed.
 */
export function cleanText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/\u200b|\u200c|\u200d/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A header cell reduced to what identifies it: no blanks, no `*` marks, no `(hints)`, lower case. */
export function headerKey(raw: string): string {
  return cleanText(raw)
    .replace(/[(（[【〔][^)）\]】〕]*[)）\]】〕]/g, '')
    .replace(/[\s*:：]/g, '')
    .toLowerCase();
}

/** Common headers of Chinese union rosters (and a few English ones), by the field they fill. */
const HEADER_ALIASES: Record<ImportField, string[]> = {
  [ImportField.NAME]: ['姓名', '名字', '职工姓名', '会员姓名', '员工姓名', 'name', 'fullname'],
  [ImportField.GENDER]: ['性别', 'gender', 'sex'],
  [ImportField.NATIONAL_ID]: [
    '身份证号',
    '身份证号码',
    '身份证',
    '公民身份号码',
    '身份证件号码',
    '证件号码',
    '证件号',
    '证件',
    'idnumber',
    'nationalid',
  ],
  [ImportField.PHONE]: [
    '手机号',
    '手机',
    '手机号码',
    '联系电话',
    '电话',
    '联系方式',
    '移动电话',
    'mobile',
    'phone',
  ],
  [ImportField.EMPLOYEE_NO]: [
    '工号',
    '员工编号',
    '职工编号',
    '员工号',
    '职工号',
    '人员编号',
    '员工工号',
    'employeeno',
    'employeenumber',
  ],
  [ImportField.TEAM]: ['班组', '所在班组', '所属班组', '班组名称', '车间班组', '车间/班组', 'team'],
  [ImportField.JOINED_ON]: ['入会时间', '入会日期', '入会年月', '入会年月日', 'joinedon', 'joindate'],
  [ImportField.BIRTH_DATE]: ['出生日期', '出生年月', '出生年月日', '生日', 'birthdate', 'dateofbirth'],
  [ImportField.JOB_TITLE]: ['岗位', '职务', '岗位/职务', '职务/岗位', '职位', '岗位名称', 'jobtitle'],
  [ImportField.JOB_TYPE]: ['工种', 'jobtype'],
  [ImportField.SHIFT_PATTERN]: ['班制', '班次', '倒班方式', '工作班制', 'shift', 'shiftpattern'],
  [ImportField.MIGRANT_WORKER]: ['农民工', '是否农民工', 'migrantworker'],
  [ImportField.MODEL_WORKER]: ['劳模', '是否劳模', '劳动模范', '劳模级别', 'modelworker'],
  [ImportField.HARDSHIP_STATUS]: [
    '困难职工',
    '是否困难职工',
    '困难类别',
    '困难程度',
    'hardship',
    'hardshipstatus',
  ],
  [ImportField.TAGS]: ['标签', 'tags'],
};

const EXACT = new Map<string, ImportField>();
for (const [field, aliases] of Object.entries(HEADER_ALIASES) as [ImportField, string[]][]) {
  for (const alias of aliases) EXACT.set(headerKey(alias), field);
}

/** Looser rules for headers such as `职工身份证号码` or `所在车间班组`, tried after the exact ones. */
const CONTAINS: [RegExp, ImportField][] = [
  [/身份证|证件号/, ImportField.NATIONAL_ID],
  [/手机|电话/, ImportField.PHONE],
  [/工号|员工编号|职工编号/, ImportField.EMPLOYEE_NO],
  [/入会/, ImportField.JOINED_ON],
  [/出生/, ImportField.BIRTH_DATE],
  [/班组/, ImportField.TEAM],
  [/姓名/, ImportField.NAME],
];

/** The field a header suggests, if any. */
export function fieldForHeader(header: string): ImportField | null {
  const key = headerKey(header);
  if (!key) return null;
  const exact = EXACT.get(key);
  if (exact) return exact;
  for (const [re, field] of CONTAINS) if (re.test(key)) return field;
  return null;
}

/** How many cells of a row look like known headers (to find the header row under a title). */
export function headerScore(cells: string[]): number {
  const seen = new Set<ImportField>();
  for (const c of cells) {
    const f = c ? EXACT.get(headerKey(c)) : undefined;
    if (f) seen.add(f);
  }
  return seen.size;
}

/** `A`, `B`, ..., `Z`, `AA`: spreadsheet column letters for a 0-based index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Column names from the header row: the cleaned header text; a blank header becomes its column
 * letter, a repeated one gets ` (2)`, ` (3)`... so every column can be named in a mapping.
 */
export function columnNames(headerCells: string[]): string[] {
  const seen = new Map<string, number>();
  return headerCells.map((raw, i) => {
    const base = cleanText(raw ?? '') || columnLetter(i);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/** The default mapping: each field goes to the first column whose header suggests it. */
export function defaultMapping(columns: string[]): ColumnMapping[] {
  const taken = new Set<ImportField>();
  return columns.map((column) => {
    const field = fieldForHeader(column);
    if (!field || taken.has(field)) return { column, field: null };
    taken.add(field);
    return { column, field };
  });
}

/** A column's place in the file and the field it fills. */
export interface ResolvedColumn {
  index: number;
  column: string;
  field: ImportField;
}

export interface MappingOverride {
  column: string;
  field?: ImportField | null;
}

/**
 * The default mapping with the caller's overrides per column. Problems (unknown column, a field
 * mapped twice, no name or no key column) are field-level, against `input.mapping`.
 */
export function resolveMapping(
  columns: string[],
  overrides: MappingOverride[] | null | undefined,
): { mapping: ColumnMapping[]; problems: FieldProblem[] } {
  const mapping = defaultMapping(columns);
  const problems: FieldProblem[] = [];
  (overrides ?? []).forEach((o, i) => {
    const wanted = cleanText(o.column ?? '');
    const at = columns.indexOf(wanted);
    if (at < 0) {
      problems.push({
        field: `input.mapping.${i}.column`,
        key: 'import.unknownColumn',
        params: { column: wanted },
      });
      return;
    }
    mapping[at] = { column: columns[at], field: o.field ?? null };
  });
  // An override wins over a default that picked the same field elsewhere.
  const overridden = new Set((overrides ?? []).map((o) => cleanText(o.column ?? '')));
  const byField = new Map<ImportField, number[]>();
  mapping.forEach((m, i) => {
    if (m.field) byField.set(m.field, [...(byField.get(m.field) ?? []), i]);
  });
  for (const [field, at] of byField) {
    if (at.length < 2) continue;
    const explicit = at.filter((i) => overridden.has(columns[i]));
    if (explicit.length > 1) {
      problems.push({ field: 'input.mapping', key: 'import.fieldMappedTwice', params: { field } });
      continue;
    }
    for (const i of at) if (!explicit.includes(i) && i !== (explicit[0] ?? at[0])) mapping[i].field = null;
  }
  const mapped = new Set(mapping.map((m) => m.field).filter(Boolean));
  if (!mapped.has(ImportField.NAME)) problems.push({ field: 'input.mapping', key: 'import.nameNotMapped' });
  if (!mapped.has(ImportField.NATIONAL_ID) && !mapped.has(ImportField.EMPLOYEE_NO))
    problems.push({ field: 'input.mapping', key: 'import.keyNotMapped' });
  return { mapping, problems };
}

/** The mapped columns only, with their positions. */
export function mappedColumns(mapping: ColumnMapping[]): ResolvedColumn[] {
  const out: ResolvedColumn[] = [];
  mapping.forEach((m, index) => {
    if (m.field) out.push({ index, column: m.column, field: m.field });
  });
  return out;
}
