import type { StandardSchemaV1 } from '@pothos/plugin-validation';

type Issue = StandardSchemaV1.Issue;
type Path = ReadonlyArray<PropertyKey>;

/** How one field of an input object is checked. */
export type FieldRule =
  /** The field's value, checked unless an earlier field of the object was already refused. */
  | StandardSchemaV1
  /** A nested input object (or a list of them), always checked; `list` then checks the list itself. */
  | { each: InputRules; list?: StandardSchemaV1 }
  | { object: InputRules };

/** One validation of a whole input object, as a Standard Schema for plugin-validation's type-level `validate`. */
export interface InputRules<T = unknown> extends StandardSchemaV1<T, T> {
  collect(value: Record<string, unknown>, path: Path, issues: Issue[]): void;
}

function check(schema: StandardSchemaV1, value: unknown, path: Path, issues: Issue[]): void {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) throw new TypeError('input rules must be synchronous');
  if (!result.issues) return;
  for (const issue of result.issues) issues.push({ message: issue.message, path: [...path, ...(issue.path ?? [])] });
}

/**
 * The rules of an input object's fields, in field order, then `objectRule` when every field passed: one call per
 * object instead of one plugin-validation pass per field. It reports exactly what per-field `validate` options did:
 * after the first refused field it skips the remaining plain fields (nested objects are still checked), and the
 * object's own rule runs only on an object whose fields all passed.
 */
export function inputRules<T>(fields: Record<string, FieldRule>, objectRule?: StandardSchemaV1): InputRules<T> {
  const entries = Object.entries(fields);
  const rules: InputRules<T> = {
    collect(value, path, issues) {
      const before = issues.length;
      for (const [name, rule] of entries) {
        const field = value[name];
        if (field == null) continue;
        if ('~standard' in rule) {
          if (issues.length === before) check(rule, field, [...path, name], issues);
        } else if ('object' in rule) {
          rule.object.collect(field as Record<string, unknown>, [...path, name], issues);
        } else {
          const list = field as ReadonlyArray<Record<string, unknown> | null>;
          for (let index = 0; index < list.length; index++) {
            const element = list[index];
            if (element != null) rule.each.collect(element, [...path, name, index], issues);
          }
          if (rule.list && issues.length === before) check(rule.list, field, [...path, name], issues);
        }
      }
      if (objectRule && issues.length === before) check(objectRule, value, path, issues);
    },
    '~standard': {
      version: 1,
      vendor: 'vigil',
      validate(value) {
        const issues: Issue[] = [];
        rules.collect(value as Record<string, unknown>, [], issues);
        return issues.length > 0 ? { issues } : { value: value as T };
      },
    },
  };
  return rules;
}
