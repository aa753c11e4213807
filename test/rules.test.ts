import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { acceptorOf } from '../src/modules/ingest/rules.ts';

const values = [
  '',
  'a',
  'x'.repeat(63),
  'x'.repeat(64),
  'x'.repeat(65),
  'é'.repeat(64),
  -1,
  0,
  0.5,
  1,
  1.5,
  100,
  100.5,
  1000,
  1001,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  null,
  undefined,
  true,
  {},
  [],
];

// What the rules of the ingest modules are built from: the acceptor reads these, and zod decides everything else.
const readable = {
  'z.string()': z.string(),
  'z.string().max(64)': z.string().max(64),
  'z.string().min(1).max(64)': z.string().min(1).max(64),
  'z.number()': z.number(),
  'z.number() with a message': z.number({ error: 'must be a finite number' }),
  'z.number().min(0)': z.number().min(0, 'must not be negative'),
  'z.number().min(0).max(100)': z.number().min(0).max(100),
  'z.number().int()': z.number().int(),
  'z.number().int().positive()': z.number().int().positive(),
  'z.number().int().min(1).max(1000)': z.number().int().min(1).max(1000),
  'z.number().gt(0).lt(1)': z.number().gt(0).lt(1),
};

const unreadable = {
  'z.string().refine()': z.string().refine((s) => s.trim() !== ''),
  'z.string().regex()': z.string().regex(/^a/),
  'z.email()': z.email(),
  'z.string().email()': z.string().email(),
  'z.int()': z.int(),
  'z.ipv4()': z.ipv4(),
  'z.enum()': z.enum(['A', 'B']),
  'z.coerce.number()': z.coerce.number(),
  'z.number().multipleOf(2)': z.number().multipleOf(2),
  'z.string().nullish()': z.string().nullish(),
};

describe('rule acceptors', () => {
  it.each(Object.entries(readable))('%s: accepts exactly what zod accepts', (_, schema) => {
    const accept = acceptorOf(schema);
    expect(accept).not.toBeNull();
    for (const value of values) expect([value, accept!(value)]).toEqual([value, schema.safeParse(value).success]);
  });

  it.each(Object.entries(unreadable))('%s: is left to zod', (_, schema) => {
    expect(acceptorOf(schema)).toBeNull();
  });
});
