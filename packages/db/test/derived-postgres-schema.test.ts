import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PG_SCHEMA_PATH, SCHEMA_PATH } from '../src/paths.ts';
import { DERIVED_HEADER, derivePostgresSchema } from '../src/schema-derive.ts';

const source = readFileSync(SCHEMA_PATH, 'utf8');

describe('the PostgreSQL schema derived from prisma/schema.prisma', () => {
  it('is current: the committed prisma/postgresql/schema.prisma equals the derivation (run npm run generate)', () => {
    expect(readFileSync(PG_SCHEMA_PATH, 'utf8')).toBe(derivePostgresSchema(source));
  });

  const derived = derivePostgresSchema(source);

  it('starts with the do-not-edit header', () => {
    expect(derived.startsWith(`${DERIVED_HEADER}\n`)).toBe(true);
  });

  it('R22 prisma 7.10.0 (relationJoins preview): names postgresql, generates the client next to the SQLite one, with relation joins', () => {
    expect(derived).toMatch(/datasource db \{\n\s+provider = "postgresql"\n\}/);
    expect(derived).not.toMatch(/"sqlite"/);
    expect(derived).toMatch(/output\s+= "\.\.\/\.\.\/packages\/db\/src\/generated\/postgresql"/);
    expect(derived).toMatch(/previewFeatures\s+= \["relationJoins"\]/);
  });

  it('drops the Pothos generator and keeps every model and enum', () => {
    expect(derived).not.toMatch(/prisma-pothos-types|generator pothos/);
    const decls = (s: string) => s.match(/^(model|enum) \w+/gm);
    expect(decls(derived)).toEqual(decls(source));
  });

  it('is a pure function of its input', () => {
    expect(derivePostgresSchema(source)).toBe(derived);
  });

  it('refuses a source that does not name sqlite', () => {
    expect(() => derivePostgresSchema(source.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(
      /must name provider "sqlite"/,
    );
  });

  it('merges with preview features the source already has', () => {
    const withPreview = source.replace(
      'provider     = "prisma-client"',
      'provider     = "prisma-client"\n  previewFeatures = ["fullTextSearchPostgres"]',
    );
    expect(derivePostgresSchema(withPreview)).toMatch(/previewFeatures\s+= \["fullTextSearchPostgres", "relationJoins"\]/);
  });
});
