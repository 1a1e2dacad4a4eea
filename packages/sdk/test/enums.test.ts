import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as enums from '../src/enums.ts';
import { TargetStatus } from '../src/enums.ts';
import type * as generated from '../src/generated/graphql.ts';

// `@planhub/sdk/enums`: every enum of the schema as a value, for dropdowns and checks at run
// time, with the same types as the string unions of `@planhub/sdk/graphql`.

const schema = buildSchema(readFileSync(new URL('../../server/schema.graphql', import.meta.url), 'utf8'));
const schemaEnums = Object.values(schema.getTypeMap()).filter((type) => isEnumType(type) && !type.name.startsWith('__'));

describe('runtime enums', () => {
  it('exports every enum of the schema, with exactly its values, keyed by the values themselves', () => {
    expect(schemaEnums.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(enums).sort()).toEqual(schemaEnums.map((type) => type.name).sort());
    for (const type of schemaEnums) {
      if (!isEnumType(type)) continue;
      const values = type.getValues().map((value) => value.name);
      const exported = (enums as Record<string, Record<string, string>>)[type.name]!;
      expect(Object.values(exported), type.name).toEqual(values);
      expect(Object.keys(exported), type.name).toEqual(values);
    }
  });

  it('gives a status dropdown its options', () => {
    expect(Object.values(TargetStatus)).toEqual(['MET', 'NOT_MET', 'NO_DATA', 'OFF_TRACK', 'ON_TRACK']);
    expect(TargetStatus.NOT_MET).toBe('NOT_MET');
  });

  it('types each enum as the generated string union', () => {
    expectTypeOf<enums.TargetStatus>().toEqualTypeOf<generated.TargetStatus>();
    expectTypeOf<enums.Comparator>().toEqualTypeOf<generated.Comparator>();
    expectTypeOf<enums.Reliability>().toEqualTypeOf<generated.Reliability>();
    expectTypeOf(TargetStatus.MET).toEqualTypeOf<'MET'>();
    expectTypeOf(Object.values(TargetStatus)).toEqualTypeOf<generated.TargetStatus[]>();
    // Enums no document uses are there too.
    expectTypeOf<enums.Language>().toEqualTypeOf<'EN' | 'VI'>();
  });
});
