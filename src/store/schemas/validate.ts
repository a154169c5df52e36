/** Turns a zod failure into one readable reason ("items.n-1.title: expected string"). */
import type { z } from 'zod';

/** Parses `data` with `schema`, throwing an Error naming the first problem and where it is. */
export function parseWith<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? issue.path.map(String).join('.') : 'file';
  throw new Error(`${where}: ${issue?.message ?? 'invalid'}`);
}
