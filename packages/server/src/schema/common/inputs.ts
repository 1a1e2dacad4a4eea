import { z } from 'zod';
import type { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { perContext } from './per-request.ts';

// Input fields shared by the filters of several lists, validated the same way everywhere.

type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

export const MAX_TEXT_LENGTH = 200;

export function textFilter(t: InputFieldBuilder, description: string) {
  return t.string({
    description: `${description} At least 2 and at most ${MAX_TEXT_LENGTH} characters.`,
    validate: z
      .string()
      .trim()
      .min(2, 'text must have at least 2 characters')
      .max(MAX_TEXT_LENGTH, `text must have at most ${MAX_TEXT_LENGTH} characters`),
  });
}

export function yearFilter(t: InputFieldBuilder, description: string) {
  return t.int({
    description: `${description} Between 1900 and 2200.`,
    validate: z.number().int().min(1900, 'year must be 1900 or later').max(2200, 'year must be 2200 or earlier'),
  });
}

/**
 * Memoises a filter's evaluation per request and per args object, so a connection's
 * `totalCount` and its page share one evaluation (and its look-ups).
 */
export function perRequest<A extends object, R>(compute: (args: A, ctx: Context) => Promise<R>) {
  const memo = perContext(() => new WeakMap<A, Promise<R>>());
  return (args: A, ctx: Context): Promise<R> => {
    const byArgs = memo(ctx);
    let hit = byArgs.get(args);
    if (!hit) byArgs.set(args, (hit = compute(args, ctx)));
    return hit;
  };
}
