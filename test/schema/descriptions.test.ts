// schema.json documents itself: every property of every record kind carries the description written in the
// zod schema, and the generated data dictionary in the repository is the one the code makes today.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../../src/export/json-schema.js';
import { dataDictionary } from '../../scripts/data-dictionary.js';

/** The paths of every property that has no description, walking objects, arrays and unions. */
function undescribed(schema: unknown, path: string): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as Record<string, unknown>;
  const missing: string[] = [];
  for (const [name, prop] of Object.entries((s.properties as Record<string, unknown>) ?? {})) {
    const p = prop as Record<string, unknown>;
    if (typeof p.description !== 'string' || p.description.length < 5) missing.push(`${path}.${name}`);
    missing.push(...undescribed(p, `${path}.${name}`));
  }
  if (s.items) missing.push(...undescribed(s.items, `${path}[]`));
  for (const key of ['anyOf', 'oneOf', 'allOf']) for (const sub of (s[key] as unknown[]) ?? []) missing.push(...undescribed(sub, path));
  return missing;
}

describe('schema.json', () => {
  it('describes every field of every record kind', () => {
    const schema = jsonSchema() as { $defs: Record<string, Record<string, unknown>> };
    expect(Object.keys(schema.$defs)).toEqual(['DocumentRecord', 'InterventionRecord', 'CouncilTimeline', 'FieldChange']);
    for (const [name, def] of Object.entries(schema.$defs)) {
      expect(typeof def.description, name).toBe('string');
      expect(undescribed(def, name)).toEqual([]);
    }
    const record = schema.$defs.InterventionRecord as { properties: Record<string, { description: string }> };
    expect(record.properties.revokes.description).toBe(
      'On a revocation only: the id of the instrument it revokes, or null when none is known (absent on other instruments).',
    );
  });

  it('the walk finds a field without a description', () => {
    expect(undescribed({ properties: { a: { type: 'string' }, b: { description: 'fine here', items: { properties: { c: {} } } } } }, 'X')).toEqual(['X.a', 'X.b[].c']);
  });
});

describe('docs/data-dictionary.md', () => {
  it('is the one the code generates (run npm run docs:dictionary after changing a schema, a table or a view)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../docs/data-dictionary.md'), 'utf8');
    expect(committed).toBe(dataDictionary());
  });
});
