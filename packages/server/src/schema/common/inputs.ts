import { z } from 'zod';
import type { builder } from '../../builder.ts';

// Input fields shared by the filters of several lists, validated the same way everywhere.

type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

export const MAX_TEXT_LENGTH = 200;

/** Text to look for: 2 to MAX_TEXT_LENGTH characters once trimmed. */
export const searchText = z
  .string()
  .trim()
  .min(2, 'text must have at least 2 characters')
  .max(MAX_TEXT_LENGTH, `text must have at most ${MAX_TEXT_LENGTH} characters`);

export function textFilter(t: InputFieldBuilder, description: string) {
  return t.string({ description: `${description} At least 2 and at most ${MAX_TEXT_LENGTH} characters.`, validate: searchText });
}

export function yearFilter(t: InputFieldBuilder, description: string) {
  return t.int({
    description: `${description} Between 1900 and 2200.`,
    validate: z.number().int().min(1900, 'year must be 1900 or later').max(2200, 'year must be 2200 or earlier'),
  });
}
