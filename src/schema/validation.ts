import { z } from 'zod';

/** Text of at most `max` characters that is more than white space. */
export function notBlank(max: number) {
  return z
    .string()
    .max(max)
    .refine((text) => text.trim().length > 0, 'must not be blank');
}
