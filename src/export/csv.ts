// The CSV files (the tables of tables.ts), written by csv-stringify: RFC 4180 (CRLF line ends; a field is
// quoted when it holds a comma, a quote or any line break, quotes doubled) with a UTF-8 byte order mark: Excel
// needs the BOM to read UTF-8 (names like "Children’s" would otherwise be mangled), and LibreOffice, csv-parse
// (`bom: true`), pandas (`encoding="utf-8-sig"`) and R's readr accept it. A list cell is a JSON array, so it
// splits exactly whatever its items hold (the old "; " joins could not be split: items contain "; " too).
import { stringify } from 'csv-stringify/sync';
import type { InterventionRecord } from '../schema/intervention.js';
import { INTERVENTIONS_TABLE, type CellValue, type Table } from './tables.js';

export const CSV_COLUMNS = INTERVENTIONS_TABLE.fields.map((f) => f.name);

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab or CR: OWASP's list) gets a leading
 * single quote, which spreadsheets read as "this is text". Names and quotes come from documents anyone can
 * write, so "=HYPERLINK(…)" must not become a live link or a command. JSON array cells start with "[".
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The text of one cell: empty for null, JSON for a list, the formula guard on text. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (Array.isArray(value)) return JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  return guardFormula(value);
}

/** The cell texts of one row of a table, by column name (also what the round-trip tests compare against). */
export function tableRow<R>(table: Table<R>, row: R): Record<string, string> {
  return Object.fromEntries(table.fields.map((f) => [f.name, cellText(f.value(row))]));
}

export function tableCsv<R>(table: Table<R>, records: InterventionRecord[], { bom = true } = {}): string {
  const columns = table.fields.map((f) => f.name);
  const rows = table.rows(records).map((row) => table.fields.map((f) => cellText(f.value(row))));
  const text = stringify(rows, { header: true, columns, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
  return `${bom ? '\ufeff' : ''}${text}`;
}

/** interventions.csv's row for a record. */
export const csvRow = (r: InterventionRecord) => tableRow(INTERVENTIONS_TABLE, r);

/** interventions.csv (also `directions export --format csv`, without the BOM). */
export const toCsv = (records: InterventionRecord[], options: { bom?: boolean } = {}) => tableCsv(INTERVENTIONS_TABLE, records, options);
