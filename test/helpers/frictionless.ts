// What the Frictionless validator checks, done here because its Python package cannot be installed on this
// machine: the descriptor against the Data Package v1 JSON Schema profiles (draft-04, vendored in
// test/fixtures/frictionless/ from the datapackage npm package), and each CSV against its Table Schema: the
// header, each cell's type and constraints, the primary key and the foreign keys. It reads only
// datapackage.json and the files, never the code that wrote them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { parse as parseCsv } from 'csv-parse/sync';

const PROFILES = join(import.meta.dirname, '../fixtures/frictionless');
const profile = (name: string) => JSON.parse(readFileSync(join(PROFILES, `${name}.json`), 'utf8'));

// strict: false because the profiles carry Frictionless' own annotation keywords (propertyOrder, context, ...);
// formats (uri, email, the editor hint textarea) are not checked: none of our values is one.
// The package is CommonJS: its class is both module.exports and .default, and TypeScript sees only the latter.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, validateFormats: false });
const pkg = ajv.compile(profile('data-package'));
const tabular = ajv.compile(profile('tabular-data-resource'));

/** Errors of the descriptor against data-package.json, and of each tabular resource against tabular-data-resource.json. */
export function profileErrors(descriptor: { resources: { profile?: string; name: string }[] }): string[] {
  const errors: string[] = [];
  if (!pkg(descriptor)) errors.push(...pkg.errors!.map((e) => `package${e.instancePath} ${e.message}`));
  for (const r of descriptor.resources) {
    if (r.profile !== 'tabular-data-resource' || tabular(r as unknown)) continue;
    errors.push(...tabular.errors!.map((e) => `${r.name}${e.instancePath} ${e.message}`));
  }
  return errors;
}

interface TableField {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}
interface TabularResource {
  name: string;
  path: string;
  schema: {
    fields: TableField[];
    missingValues?: string[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Why a (non-missing) cell does not fit its field's type, or null when it does. */
function typeError(type: string, cell: string): string | null {
  switch (type) {
    case 'string':
      return null;
    case 'integer':
      return /^-?\d+$/.test(cell) ? null : 'not an integer';
    case 'array':
      try {
        return Array.isArray(JSON.parse(cell)) ? null : 'not a JSON array';
      } catch {
        return 'not JSON';
      }
    case 'datetime':
      return DATETIME.test(cell) && !Number.isNaN(Date.parse(cell)) ? null : 'not an ISO 8601 datetime';
    default:
      return `type ${type} is not checked here`;
  }
}

export interface CheckedTable {
  rows: Record<string, string>[];
  errors: string[];
}

/** Reads one tabular resource's CSV and checks its header, cells and primary key against its Table Schema. */
export function checkTable(dir: string, resource: TabularResource): CheckedTable {
  const text = readFileSync(join(dir, resource.path), 'utf8');
  const [header, ...body] = parseCsv(text, { bom: true, relax_column_count: true }) as string[][];
  const { fields, missingValues = [''], primaryKey = [] } = resource.schema;
  const errors: string[] = [];
  const names = fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) errors.push(`${resource.path}: header ${JSON.stringify(header)} is not ${JSON.stringify(names)}`);
  const rows: Record<string, string>[] = [];
  const keys = new Set<string>();
  for (const [i, cells] of body.entries()) {
    const at = `${resource.path}:${i + 2}`;
    if (cells.length !== fields.length) errors.push(`${at}: ${cells.length} cells, not ${fields.length}`);
    const row = Object.fromEntries(fields.map((f, j) => [f.name, cells[j] ?? '']));
    rows.push(row);
    for (const f of fields) {
      const cell = row[f.name];
      const c = f.constraints ?? {};
      if (missingValues.includes(cell)) {
        if (c.required) errors.push(`${at} ${f.name}: required but empty`);
        continue;
      }
      const bad = typeError(f.type, cell);
      if (bad) errors.push(`${at} ${f.name}: ${bad}: ${cell}`);
      if (c.enum && !c.enum.includes(cell)) errors.push(`${at} ${f.name}: ${cell} is not one of ${c.enum.join(', ')}`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(cell)) errors.push(`${at} ${f.name}: ${cell} does not match ${c.pattern}`);
      if (c.minimum !== undefined && Number(cell) < c.minimum) errors.push(`${at} ${f.name}: ${cell} is below ${c.minimum}`);
    }
    const key = JSON.stringify(primaryKey.map((k) => row[k]));
    if (primaryKey.length && keys.has(key)) errors.push(`${at}: primary key ${key} repeated`);
    keys.add(key);
  }
  return { rows, errors };
}

/** Every tabular resource checked, then every foreign key resolved against the rows it references. */
export function checkPackage(dir: string): { tables: Map<string, Record<string, string>[]>; errors: string[] } {
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
  const errors = profileErrors(descriptor);
  for (const r of descriptor.resources as { path: string }[]) if (!existsSync(join(dir, r.path))) errors.push(`${r.path}: no such file`);
  const tabular = (descriptor.resources as (TabularResource & { profile: string })[]).filter((r) => r.profile === 'tabular-data-resource');
  const tables = new Map<string, Record<string, string>[]>();
  for (const r of tabular) {
    const checked = checkTable(dir, r);
    tables.set(r.name, checked.rows);
    errors.push(...checked.errors);
  }
  for (const r of tabular) {
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = tables.get(fk.reference.resource);
      if (!target) {
        errors.push(`${r.name}: foreign key to unknown resource ${fk.reference.resource}`);
        continue;
      }
      const known = new Set(target.map((row) => JSON.stringify(fk.reference.fields.map((f) => row[f]))));
      for (const row of tables.get(r.name)!) {
        const key = JSON.stringify(fk.fields.map((f) => row[f]));
        if (!known.has(key)) errors.push(`${r.name}: ${key} is not a ${fk.reference.resource} ${fk.reference.fields.join(',')}`);
      }
    }
  }
  return { tables, errors };
}
