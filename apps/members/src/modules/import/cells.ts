import { normalizeMobile, parseNationalId } from '@frontline/subgraph-kit';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import { Gender, HardshipStatus } from '../member/member.entity.js';
import { cleanText } from './columns.js';

dayjs.extend(customParseFormat);

/** A cell as the readers hand it over: text, a number, a boolean, a date cell, or nothing. */
export type RawCell = string | number | boolean | Date | null;

/** A converted value, or the i18n key (and params) of what is wrong with it. */
export type Converted<T> = { value: T | null } | { error: string; params?: Record<string, unknown> };

const ok = <T>(value: T | null): Converted<T> => ({ value });
const fail = <T>(error: string, params?: Record<string, unknown>): Converted<T> => ({ error, params });

export function isBlank(raw: RawCell): boolean {
  return raw === null || (typeof raw === 'string' && cleanText(raw) === '');
}

function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The cell as text, the way the user sees it (integers without `.0`, date cells as YYYY-MM-DD). */
export function cellText(raw: RawCell): string {
  if (raw === null) return '';
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? '' : isoOf(raw);
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw.toFixed(0) : String(raw);
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  return cleanText(raw);
}

export function toText(raw: RawCell): Converted<string> {
  const text = cellText(raw);
  return ok(text || null);
}

/** A name: blanks between Chinese characters are dropped (`张 三` → `张三`), others kept single. */
export function toName(raw: RawCell): Converted<string> {
  const text = cellText(raw).replace(/(?<=[\p{Script=Han}·])\s+(?=[\p{Script=Han}·])/gu, '');
  return ok(text || null);
}

/**
 * An 18-character resident ID number. One stored as a number by Excel has lost its last digits
 * (Excel keeps 15 significant digits), so it is refused with its own message.
 */
export function toNationalId(raw: RawCell): Converted<string> {
  if (typeof raw === 'number') return fail('import.idAsNumber');
  const text = cellText(raw).replace(/[\s-]/g, '').toUpperCase();
  if (!text) return ok(null);
  return parseNationalId(text) ? ok(text) : fail('validation.nationalId');
}

export function toMobile(raw: RawCell): Converted<string> {
  const text = cellText(raw);
  if (!text) return ok(null);
  return normalizeMobile(text) ? ok(normalizeMobile(text)) : fail('validation.mobile');
}

/**
 * The dayjs format a date text has, from its shape: `2023/5/1` → `YYYY/M/D`, `2023年05月01日` →
 * `YYYY年MM月DD日`, `20230501` → `YYYYMMDD`. One strict dayjs parse then checks it (a real month,
 * a real day of that month); trying a list of formats costs ten times as much per cell.
 */
function dateFormatOf(text: string): string | null {
  if (/^\d{8}$/.test(text)) return 'YYYYMMDD';
  const m = /^\d{4}([-/.年])(\d{1,2})([-/.月])(\d{1,2})(日?)$/.exec(text);
  if (!m || (m[1] === '年') !== (m[3] === '月') || (m[5] && m[1] !== '年')) return null;
  return `YYYY${m[1]}${m[2].length === 2 ? 'MM' : 'M'}${m[3]}${m[4].length === 2 ? 'DD' : 'D'}${m[5]}`;
}

/** Rosters repeat the same few dates; parsed texts are remembered (a bounded cache). */
const dateCache = new Map<string, Converted<string>>();

/** Days from 1899-12-30: Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was. */
function fromExcelSerial(serial: number): string | null {
  const days = Math.floor(serial);
  if (days < 1 || days > 73050) return null; // up to 2099-12-31
  const base = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return isoOf(new Date(base + days * 86_400_000));
}

function plausible(iso: string | null): iso is string {
  if (!iso) return false;
  const year = Number(iso.slice(0, 4));
  return year >= 1900 && year <= 2099;
}

/**
 * Dates as rosters carry them: `2023-05-01`, `2023/5/1`, `2023.5.1`, `2023年5月1日`, `20230501`,
 * an Excel serial number (`45047`) or a real date cell. A time part (`2023-05-01 00:00:00`) is dropped.
 */
export function toDate(raw: RawCell): Converted<string> {
  if (raw === null) return ok(null);
  if (raw instanceof Date) {
    const iso = Number.isNaN(raw.getTime()) ? null : isoOf(raw);
    return plausible(iso) ? ok(iso) : fail('validation.date');
  }
  if (typeof raw === 'number') {
    if (Number.isInteger(raw) && raw >= 19000101 && raw <= 20991231) return toDate(String(raw));
    const iso = fromExcelSerial(raw);
    return plausible(iso) ? ok(iso) : fail('validation.date');
  }
  if (typeof raw === 'boolean') return fail('validation.date');
  const text = cellText(raw)
    .replace(/\s+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/, '')
    .replace(/\s/g, '');
  if (!text) return ok(null);
  if (/^\d{1,5}(\.\d+)?$/.test(text)) {
    const iso = fromExcelSerial(Number(text));
    return plausible(iso) ? ok(iso) : fail('validation.date');
  }
  const cached = dateCache.get(text);
  if (cached) return cached;
  const format = dateFormatOf(text);
  const parsed = format ? dayjs(text, format, true) : null;
  const iso = parsed?.isValid() ? parsed.format('YYYY-MM-DD') : null;
  const result: Converted<string> = plausible(iso) ? ok(iso) : fail('validation.date');
  if (dateCache.size >= 20_000) dateCache.clear();
  dateCache.set(text, result);
  return result;
}

export function toGender(raw: RawCell): Converted<Gender> {
  const text = cellText(raw).toLowerCase();
  if (!text) return ok(null);
  if (['男', '男性', 'm', 'male'].includes(text)) return ok(Gender.MALE);
  if (['女', '女性', 'f', 'female'].includes(text)) return ok(Gender.FEMALE);
  return fail('import.badGender');
}

const YES = ['是', '有', 'y', 'yes', 'true', '1', '√', '✓', '✔', '对'];
const NO = ['否', '不是', '无', '没有', 'n', 'no', 'false', '0', '×', '✗', '-', '/', '非'];

export function toBoolean(raw: RawCell, alsoYes?: RegExp): Converted<boolean> {
  if (typeof raw === 'boolean') return ok(raw);
  const text = cellText(raw).toLowerCase();
  if (!text) return ok(null);
  if (YES.includes(text)) return ok(true);
  if (NO.includes(text)) return ok(false);
  // e.g. a model-worker column holding the title: `省级劳模`, `全国劳动模范`.
  if (alsoYes?.test(text)) return ok(true);
  return fail('import.badBoolean');
}

export function toHardship(raw: RawCell): Converted<HardshipStatus> {
  const text = cellText(raw).toLowerCase();
  if (!text) return ok(null);
  if (/深度|特困|特别困难|severe/.test(text)) return ok(HardshipStatus.SEVERE);
  if (NO.includes(text) || /^(正常|非困难|none)$/.test(text)) return ok(HardshipStatus.NONE);
  if (YES.includes(text) || /困难|hardship/.test(text)) return ok(HardshipStatus.HARDSHIP);
  return fail('import.badHardship');
}

export function toTags(raw: RawCell): Converted<string[]> {
  const text = cellText(raw);
  if (!text) return ok(null);
  return ok([...new Set(text.split(/[,，、;；|\s]+/).filter(Boolean))]);
}

/** A team by name, or by path of names from the top (`一车间/甲班`, also `一车间 > 甲班`). */
export function toTeamPath(raw: RawCell): Converted<string[]> {
  const text = cellText(raw);
  if (!text) return ok(null);
  const parts = text
    .split(/\s*(?:\/|\\|>|→)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  return ok(parts.length ? parts : null);
}
