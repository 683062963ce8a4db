// Short names for the statements of caseStats and the case list, for the report; capturing and explaining them is
// shared (@frontline/bench-common/explain.mjs).
export { accessPaths, dataStatements, explainAsApp } from '@frontline/bench-common/explain.mjs';

/** A short name for a statement of caseStats or of the case list. */
export function statementKind(sql) {
  const table = /from "?cases"?\."?(\w+)"?/i.exec(sql)?.[1] ?? '?';
  if (/grouping sets \(\(\), \(child\), \(month\)\)/i.test(sql)) return 'stats: totals/byChild/byMonth';
  if (/grouping sets \(\(kind\), \(status\)\)/i.test(sql)) return 'stats: byKind/byStatus';
  if (/next_due_at < now\(\)/i.test(sql) && /^select count/i.test(sql)) return 'stats: overdueNow';
  if (/group by fund/i.test(sql)) return 'stats: assistance byFund';
  if (table === 'assistance') return 'stats: assistance totals';
  if (/^select count\(/i.test(sql)) return `count ${table}`;
  return `select ${table}`;
}
