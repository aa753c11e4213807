import type { StandardSchemaV1 } from '@pothos/plugin-validation';

type Issue = StandardSchemaV1.Issue;
type Path = ReadonlyArray<PropertyKey>;

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
  collect(value: Record<string, unknown>, path: Path, issues: Issue[]): void;
}

/** Checks one value; its path (`path`, then `name` unless null) is only built for an issue. */
function check(schema: StandardSchemaV1, value: unknown, path: Path, name: PropertyKey | null, issues: Issue[]): void {
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
    if (element != null) rule.each.collect(element, [...path, index], issues);
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
        rule.object.collect(field as Record<string, unknown>, [...path, name], issues);
      } else {
        collectList(rule, field as ReadonlyArray<Record<string, unknown> | null>, [...path, name], issues, before);
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
