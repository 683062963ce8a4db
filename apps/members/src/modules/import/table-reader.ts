import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { AppError } from '@frontline/subgraph-kit';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { cellText, isBlank, type RawCell } from './cells.js';
import { columnNames, headerScore } from './columns.js';

export type FileKind = 'xlsx' | 'csv';

/** One row of the sheet: its number as a spreadsheet shows it (1-based) and its cells by column. */
export interface TableRow {
  number: number;
  cells: RawCell[];
}

export interface Table {
  /** Row number of the header row (title rows above it are skipped). */
  headerRow: number;
  columns: string[];
  /** The data rows below the header, blank rows left out; read as the caller pulls them. */
  rows: AsyncGenerator<TableRow>;
  /** Stops reading early (the file is closed). */
  close(): Promise<void>;
}

/** How far down a header row is looked for (title rows, notes and blank rows above it). */
const HEADER_SCAN_ROWS = 30;

/** What kind of file the first bytes say: an XLSX is a zip; an old binary .xls is refused. */
export async function sniffKind(path: string): Promise<FileKind | 'xls' | 'empty'> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    if (bytesRead === 0) return 'empty';
    if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
    if (head.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'xls';
    return 'csv';
  } finally {
    await handle.close();
  }
}

/** A cell value as exceljs gives it (rich text, hyperlink, formula, error) reduced to a raw cell. */
function xlsxCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join('');
  if ('result' in v) return xlsxCell(v.result);
  if (typeof v.text === 'string') return v.text;
  if ('sharedString' in v || 'error' in v || 'formula' in v) return null;
  return null;
}

async function* xlsxRows(path: string): AsyncGenerator<TableRow> {
  const input = createReadStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date cell from a number cell; exceljs then hands dates over as Date.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    // The first worksheet only: a roster is one sheet.
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: RawCell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(xlsxCell(values[i]));
        yield { number: row.number, cells };
      }
      break;
    }
  } finally {
    input.destroy();
  }
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK, as Excel saves CSV in China). */
async function csvEncoding(path: string): Promise<{ encoding: string; sample: string }> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const head = buf.subarray(0, bytesRead);
    if (head[0] === 0xff && head[1] === 0xfe)
      return { encoding: 'utf-16le', sample: new TextDecoder('utf-16le').decode(head) };
    if (head[0] === 0xfe && head[1] === 0xff)
      return { encoding: 'utf-16be', sample: new TextDecoder('utf-16be').decode(head) };
    try {
      // `stream: true` lets a character cut at the end of the sample pass.
      const sample = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
      return { encoding: 'utf-8', sample };
    } catch {
      return { encoding: 'gb18030', sample: new TextDecoder('gb18030').decode(head) };
    }
  } finally {
    await handle.close();
  }
}

/** Comma unless the first line has more tabs or semicolons (Excel's "text" export, European CSV). */
function csvDelimiter(sample: string): string {
  const line = sample.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => line.split(ch).length - 1;
  const candidates = [',', '\t', ';'].map((d) => [d, count(d)] as const);
  const best = candidates.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

async function* csvRows(path: string): AsyncGenerator<TableRow> {
  const { encoding, sample } = await csvEncoding(path);
  const input = createReadStream(path);
  const parser = parse({
    bom: true,
    delimiter: csvDelimiter(sample),
    relax_column_count: true,
    relax_quotes: true,
    // Blank lines stay, so record numbers are the row numbers a spreadsheet shows.
    skip_empty_lines: false,
  });
  let source: NodeJS.ReadableStream = input;
  if (encoding !== 'utf-8') {
    const decoder = new TextDecoder(encoding);
    const decode = new Transform({
      transform(chunk: Buffer, _enc, done) {
        done(null, decoder.decode(chunk, { stream: true }));
      },
      flush(done) {
        done(null, decoder.decode());
      },
    });
    input.on('error', (err) => decode.destroy(err));
    source = input.pipe(decode);
  }
  source.on('error', (err) => parser.destroy(err as Error));
  source.pipe(parser);
  let number = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      number++;
      yield { number, cells: record.map((s) => (s === '' ? null : s)) };
    }
  } finally {
    input.destroy();
    parser.destroy();
  }
}

function rawRows(path: string, kind: FileKind): AsyncGenerator<TableRow> {
  return kind === 'xlsx' ? xlsxRows(path) : csvRows(path);
}

function isBlankRow(row: TableRow): boolean {
  return row.cells.every(isBlank);
}

/**
 * Opens a roster: finds the header row (the first of the top rows with at least two known headers,
 * else the first row with two filled cells), then hands out the data rows one at a time, so a file
 * of any length is read in flat memory.
 */
export async function openTable(path: string, kind: FileKind): Promise<Table> {
  const source = rawRows(path, kind);
  const scanned: TableRow[] = [];
  let header: TableRow | undefined;
  try {
    // Pulled by hand: `break` in a for-await would end the generator, and the rows below are needed.
    for (let next = await source.next(); !next.done; next = await source.next()) {
      const row = next.value;
      if (isBlankRow(row)) continue;
      scanned.push(row);
      if (headerScore(row.cells.map(cellText)) >= 2) {
        header = row;
        break;
      }
      if (scanned.length >= HEADER_SCAN_ROWS) break;
    }
  } catch (err) {
    await source.return(undefined);
    throw unreadable(err);
  }
  let rest: TableRow[] = [];
  if (!header) {
    const at = scanned.findIndex((r) => r.cells.filter((c) => !isBlank(c)).length >= 2);
    if (at < 0) {
      await source.return(undefined);
      throw new AppError('BAD_USER_INPUT', scanned.length ? 'import.noHeader' : 'import.emptyFile');
    }
    header = scanned[at];
    rest = scanned.slice(at + 1);
  }
  const columns = columnNames(header.cells.map(cellText));
  async function* rows(): AsyncGenerator<TableRow> {
    try {
      for (const row of rest) yield row;
      rest = [];
      for await (const row of source) if (!isBlankRow(row)) yield row;
    } catch (err) {
      throw unreadable(err);
    } finally {
      await source.return(undefined);
    }
  }
  const iterator = rows();
  return {
    headerRow: header.number,
    columns,
    rows: iterator,
    async close() {
      await iterator.return(undefined);
      await source.return(undefined);
    },
  };
}

/**
 * Counts the data rows below the header row, cheaply: for XLSX without resolving shared strings or
 * styles (about half the work of reading the rows). A row of blanks only may count here and be
 * skipped when read, so the count is an upper bound for progress.
 */
export async function countRows(path: string, kind: FileKind, headerRow: number): Promise<number> {
  if (kind === 'csv') {
    const table = await openTable(path, kind);
    let n = 0;
    for await (const _row of table.rows) n++;
    return n;
  }
  const input = createReadStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'ignore',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let n = 0;
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        if (row.number <= headerRow) continue;
        const values = row.values as unknown[];
        for (let i = 1; i < values.length; i++) {
          const v = values[i];
          if (v !== null && v !== undefined && v !== '') {
            n++;
            break;
          }
        }
      }
      break;
    }
  } catch (err) {
    throw unreadable(err);
  } finally {
    input.destroy();
  }
  return n;
}

function unreadable(err: unknown): Error {
  if (err instanceof AppError) return err;
  return Object.assign(new AppError('BAD_USER_INPUT', 'import.fileUnreadable'), { cause: err });
}
