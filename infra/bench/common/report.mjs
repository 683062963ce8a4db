// Report helpers the benchmarks share: the machine a run was made on, and Markdown tables laid out
// as biome formats them (so a generated RESULTS.md passes lint).
import { execFileSync } from 'node:child_process';
import os from 'node:os';

/**
 * Machine, PostgreSQL settings that matter to plans, and the commit measured. `dirtyPaths` limits
 * the "uncommitted changes" note to the code the benchmark exercises (git pathspecs, from the cwd).
 */
export async function machineFacts(client, dirtyPaths = []) {
  const settings = (
    await client.query(
      `select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'effective_cache_size',
       'jit', 'max_parallel_workers_per_gather', 'random_page_cost') order by name`,
    )
  ).rows.map((r) => `${r.name}=${r.setting}${r.unit ? ` ${r.unit}` : ''}`);
  const version = (await client.query('show server_version')).rows[0].server_version;
  let commit = '?';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', ...dirtyPaths], {
      encoding: 'utf8',
    }).trim();
    if (dirty)
      commit += ` (+ uncommitted changes in ${dirtyPaths.length ? dirtyPaths.join(', ') : 'the tree'})`;
  } catch {}
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? '?',
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    postgres: version,
    settings,
    commit,
  };
}

/** Display width as a Markdown formatter counts it: East Asian wide characters take two columns. */
export function displayWidth(text) {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0);
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

/** A Markdown table with padded columns (as biome formats them, so the generated file passes lint). */
export function mdTable(columns, rows) {
  const cells = rows.map((r) => r.map((c) => String(c)));
  const widths = columns.map(([head], i) =>
    Math.max(3, displayWidth(head), ...cells.map((r) => displayWidth(r[i]))),
  );
  const pad = (text, i) => {
    const fill = ' '.repeat(widths[i] - displayWidth(text));
    return columns[i][1] === 'right' ? fill + text : text + fill;
  };
  const line = (r) => `| ${r.map(pad).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (columns[i][1] === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(columns.map(([head]) => head)), rule, ...cells.map(line)].join('\n');
}
