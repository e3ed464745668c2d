// A zod schema compiled once into a plain predicate: true exactly when the schema accepts the value. Every
// document's record is checked (src/document.ts); zod's own parse builds a copy of the record and runs each
// check through its machinery, which cost 6% of extraction throughput, where this costs under 1% (`npm run bench`).
// zod stays the one source: the predicate is read from the schema, and zod gives the messages when it says no.
import type { z } from 'zod';

type Predicate = (value: unknown) => boolean;

/** The zod internals the predicate is read from (zod 4's `_zod.def`). */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  entries?: Record<string, unknown>;
  checks?: Array<{ _zod: { def: CheckDef } }>;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  fn?: (value: never) => unknown;
  value?: number;
  inclusive?: boolean;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One refinement as a predicate, or null for a kind this file does not know (then zod itself decides). */
function checkOf(c: CheckDef): Predicate | null {
  switch (c.check) {
    case 'string_format':
      if (c.format !== 'regex' || !c.pattern) return null;
      return (v) => {
        c.pattern!.lastIndex = 0;
        return c.pattern!.test(v as string);
      };
    case 'number_format':
      return c.format === 'safeint' ? (v) => Number.isSafeInteger(v) : null;
    case 'greater_than':
      return c.inclusive ? (v) => (v as number) >= c.value! : (v) => (v as number) > c.value!;
    case 'less_than':
      return c.inclusive ? (v) => (v as number) <= c.value! : (v) => (v as number) < c.value!;
    case 'custom':
      return (v) => c.fn!(v as never) === true;
    default:
      return null;
  }
}

/** A leaf of `type` with its refinements, or null when one of them is of a kind not known here. */
function leaf(isType: Predicate, checks: Def['checks']): Predicate | null {
  const preds = (checks ?? []).map((c) => checkOf(c._zod.def));
  if (preds.some((p) => p === null)) return null;
  const all = preds as Predicate[];
  return all.length ? (v) => isType(v) && all.every((p) => p(v)) : isType;
}

export function compileCheck(schema: z.ZodType): Predicate {
  const def = defOf(schema);
  let own: Predicate | null = null;
  switch (def.type) {
    case 'object': {
      const fields = Object.entries(def.shape!).map(([key, s]) => [key, compileCheck(s)] as const);
      own = def.checks?.length ? null : (v) => isObject(v) && fields.every(([key, p]) => p(v[key]));
      break;
    }
    case 'array': {
      const element = compileCheck(def.element!);
      own = def.checks?.length ? null : (v) => Array.isArray(v) && v.every(element);
      break;
    }
    case 'optional': {
      const inner = compileCheck(def.innerType!);
      own = (v) => v === undefined || inner(v);
      break;
    }
    case 'nullable': {
      const inner = compileCheck(def.innerType!);
      own = (v) => v === null || inner(v);
      break;
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries!));
      own = (v) => values.has(v);
      break;
    }
    case 'string':
      own = leaf((v) => typeof v === 'string', def.checks);
      break;
    // zod's numbers are finite.
    case 'number':
      own = leaf((v) => typeof v === 'number' && Number.isFinite(v), def.checks);
      break;
    case 'boolean':
      own = (v) => typeof v === 'boolean';
      break;
    case 'unknown':
      own = () => true;
      break;
  }
  return own ?? ((v) => schema.safeParse(v).success);
}
