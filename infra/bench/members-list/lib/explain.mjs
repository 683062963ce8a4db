// Short names for the statements of the members list, for the report; capturing and explaining them is
// shared (@frontline/bench-common/explain.mjs).
export { accessPaths, dataStatements, explainAsApp } from '@frontline/bench-common/explain.mjs';

/** A short name for a statement: which table, and whether it is the count. */
export function statementKind(sql) {
  const table = /from "?members"?\."?(\w+)"?/i.exec(sql)?.[1] ?? '?';
  if (/count\(\*\) filter/i.test(sql)) return `totals ${table}`;
  if (/^select count\(/i.test(sql)) return `count ${table}`;
  if (/group by/i.test(sql)) return `group-by ${table}`;
  if (/membership_period/.test(sql) && /transfer/.test(sql)) return 'flows period+transfer';
  return `select ${table}`;
}
