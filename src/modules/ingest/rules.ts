import type { StandardSchemaV1 } from '@pothos/plugin-validation';

type Issue = StandardSchemaV1.Issue;
/**
 * Where a check is in the input: one array per validation, pushed to on the way down and popped on the way back, so
 * walking a batch allocates nothing per element; an issue copies it.
 */
type Path = PropertyKey[];

/** How one field of an input object is checked. */
export type FieldRule =
  /** The field's value, checked unless an earlier field of the object was already refused. */
  | StandardSchemaV1
  /** A nested input object, always checked. */
  | { object: InputRules }
  /** A list of input objects, each always checked; `list` then checks the list itself unless an element was refused. */
  | { each: InputRules; list?: StandardSchemaV1 };

/** One validation of a whole input object, usable as plugin-validation's `validate` option. */
export interface InputRules<T = unknown> extends StandardSchemaV1<T, T> {
  /** Adds the issues of `value`, found at `path` (restored as it was on return). */
  collect(value: Record<string, unknown>, path: Path, issues: Issue[]): void;
}

/** The zod definition a rule may carry (zod 4's `_zod.def`), as far as `acceptorOf` reads it. */
interface ZodDefinition {
  type?: string;
  coerce?: boolean;
  checks?: ReadonlyArray<{
    _zod: { def: { check: string; format?: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean } };
  }>;
}

/** A test that only answers true for values the rule accepts without an issue (false: ask the rule itself). */
type Acceptor = (value: unknown) => boolean;

const acceptors = new WeakMap<StandardSchemaV1, Acceptor | null>();

/**
 * A plain test for the common zod rules (a string of bounded length; a finite number or a safe integer, within
 * bounds), derived once from the rule's definition; null for any other rule. Most ingested values pass, and zod's own
 * run costs far more than the comparison; a value the test does not accept still goes through zod, so every issue
 * is zod's own.
 */
export function acceptorOf(schema: StandardSchemaV1): Acceptor | null {
  let acceptor = acceptors.get(schema);
  if (acceptor === undefined) {
    acceptor = deriveAcceptor((schema as { _zod?: { def?: ZodDefinition } })._zod?.def);
    acceptors.set(schema, acceptor);
  }
  return acceptor;
}

/** What the definition of a plain z.string() or z.number() holds (`error`: a custom message). */
const plainDefinitionKeys = new Set(['type', 'checks', 'coerce', 'error']);

function deriveAcceptor(def: ZodDefinition | undefined): Acceptor | null {
  if (!def || def.coerce || (def.type !== 'string' && def.type !== 'number')) return null;
  // A format of its own (z.email(), z.int(), ...) or anything else this does not know: zod decides.
  for (const key of Object.keys(def)) if (!plainDefinitionKeys.has(key)) return null;
  const text = def.type === 'string';
  let integer = false;
  let low: { value: number; inclusive: boolean } | null = null;
  let high: { value: number; inclusive: boolean } | null = null;
  for (const { _zod } of def.checks ?? []) {
    const { check, format, minimum, maximum, value, inclusive } = _zod.def;
    if (text && check === 'min_length' && typeof minimum === 'number' && !low) low = { value: minimum, inclusive: true };
    else if (text && check === 'max_length' && typeof maximum === 'number' && !high) high = { value: maximum, inclusive: true };
    else if (!text && check === 'number_format' && format === 'safeint') integer = true;
    else if (!text && check === 'greater_than' && typeof value === 'number' && !low) low = { value, inclusive: inclusive === true };
    else if (!text && check === 'less_than' && typeof value === 'number' && !high) high = { value, inclusive: inclusive === true };
    else return null;
  }
  const within = (n: number) =>
    (!low || (low.inclusive ? n >= low.value : n > low.value)) && (!high || (high.inclusive ? n <= high.value : n < high.value));
  if (text) return (value) => typeof value === 'string' && within(value.length);
  return (value) => typeof value === 'number' && (integer ? Number.isSafeInteger(value) : Number.isFinite(value)) && within(value);
}

/** Checks one value; its path (`path`, then `name` unless null) is only built for an issue. */
function check(schema: StandardSchemaV1, value: unknown, path: Path, name: PropertyKey | null, issues: Issue[]): void {
  if (acceptorOf(schema)?.(value)) return;
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new TypeError('input rules must be synchronous');
  if (!result.issues) return;
  const at = name === null ? path : [...path, name];
  for (const issue of result.issues) issues.push({ message: issue.message, path: [...at, ...(issue.path ?? [])] });
}

/** `clean`: how many issues the enclosing object had when it started; the list rule runs only if there are no more. */
function collectList(
  rule: { each: InputRules; list?: StandardSchemaV1 },
  value: ReadonlyArray<Record<string, unknown> | null>,
  path: Path,
  issues: Issue[],
  clean: number,
): void {
  for (let index = 0; index < value.length; index++) {
    const element = value[index];
    if (element == null) continue;
    path.push(index);
    rule.each.collect(element, path, issues);
    path.pop();
  }
  if (rule.list && issues.length === clean) check(rule.list, value, path, null, issues);
}

function standard<T>(collect: (value: T, issues: Issue[]) => void): StandardSchemaV1<T, T>['~standard'] {
  return {
    version: 1,
    vendor: 'vigil',
    validate(value) {
      const issues: Issue[] = [];
      collect(value as T, issues);
      return issues.length > 0 ? { issues } : { value: value as T };
    },
  };
}

/**
 * The rules of an input object's fields, in field order, then `objectRule` when every field passed: one call per
 * object instead of one plugin-validation pass per field. It reports exactly what per-field `validate` options did:
 * after the first refused field it skips the remaining plain fields (nested objects are still checked), and the
 * object's own rule runs only on an object whose fields all passed.
 */
export function inputRules<T>(fields: Record<string, FieldRule>, objectRule?: StandardSchemaV1): InputRules<T> {
  const entries = Object.entries(fields);
  const collect = (value: Record<string, unknown>, path: Path, issues: Issue[]) => {
    const before = issues.length;
    for (const [name, rule] of entries) {
      const field = value[name];
      if (field == null) continue;
      if ('~standard' in rule) {
        if (issues.length === before) check(rule, field, path, name, issues);
      } else if ('object' in rule) {
        path.push(name);
        rule.object.collect(field as Record<string, unknown>, path, issues);
        path.pop();
      } else {
        path.push(name);
        collectList(rule, field as ReadonlyArray<Record<string, unknown> | null>, path, issues, before);
        path.pop();
      }
    }
    if (objectRule && issues.length === before) check(objectRule, value, path, null, issues);
  };
  return { collect, '~standard': standard<T>((value, issues) => collect(value as Record<string, unknown>, [], issues)) };
}

/** A list argument of input objects: each element checked once, then `list` unless an element was refused. */
export function listRules<T>(each: InputRules, list?: StandardSchemaV1): StandardSchemaV1<T[], T[]> {
  return { '~standard': standard<T[]>((value, issues) => collectList({ each, list }, value as Array<Record<string, unknown>>, [], issues, 0)) };
}

/**
 * A rule over a whole input object whose fields GraphQL has already typed (an enum is one of its values, a string a
 * string): `refine` reports each issue by field name. Plain code, where a zod object would first copy the object.
 */
export function objectRule<T>(refine: (input: T, issue: (field: string, message: string) => void) => void): StandardSchemaV1<T, T> {
  return {
    '~standard': standard<T>((value, issues) => refine(value, (field, message) => issues.push({ message, path: [field] }))),
  };
}
