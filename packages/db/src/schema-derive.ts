import { posix } from 'node:path';

// prisma/schema.prisma (SQLite) is the one source of truth for the data model. A Prisma
// schema names one provider, so the PostgreSQL client and migrations need a second
// schema: this pure function derives it. `npm run generate` writes the result to
// prisma/postgresql/schema.prisma, and a test fails when the committed copy is stale.

export const DERIVED_HEADER = '// GENERATED from prisma/schema.prisma by npm run generate — do not edit.';

/**
 * Preview features the PostgreSQL client gets on top of the source's. `relationJoins`
 * is still a preview feature in Prisma 7.10: without it, the generated client has no
 * `relationLoadStrategy` option and loads relations with one query per table.
 */
export const PG_PREVIEW_FEATURES = ['relationJoins'];

interface Block {
  kind: 'datasource' | 'generator';
  name: string;
  /** Offset of the block's first character (the keyword). */
  start: number;
  /** Offset just past the closing brace. */
  end: number;
  body: string;
}

function blocks(schema: string): Block[] {
  const found: Block[] = [];
  const header = /^(datasource|generator)\s+(\w+)\s*\{/gm;
  for (let m = header.exec(schema); m; m = header.exec(schema)) {
    const close = schema.indexOf('\n}', m.index);
    if (close < 0) throw new Error(`schema: ${m[1]} ${m[2]} has no closing brace at the start of a line`);
    const end = close + 2;
    found.push({ kind: m[1] as Block['kind'], name: m[2]!, start: m.index, end, body: schema.slice(m.index, end) });
    header.lastIndex = end;
  }
  return found;
}

function stringSetting(body: string, key: string): string | undefined {
  return new RegExp(`^\\s*${key}\\s*=\\s*"([^"]*)"`, 'm').exec(body)?.[1];
}

function setStringSetting(body: string, key: string, value: string): string {
  const re = new RegExp(`^(\\s*${key}\\s*=\\s*)"[^"]*"`, 'm');
  if (!re.test(body)) throw new Error(`schema: no ${key} = "…" in\n${body}`);
  return body.replace(re, `$1"${value}"`);
}

function addPreviewFeatures(body: string, features: string[]): string {
  if (features.length === 0) return body;
  const existing = /^(\s*)previewFeatures\s*=\s*\[([^\]]*)\]/m.exec(body);
  if (existing) {
    const current = existing[2]!
      .split(',')
      .map((s) => s.trim().replace(/^"|"$/g, ''))
      .filter(Boolean);
    const all = [...current, ...features.filter((f) => !current.includes(f))];
    return body.replace(existing[0], `${existing[1]}previewFeatures = [${all.map((f) => `"${f}"`).join(', ')}]`);
  }
  const provider = /^(\s*)provider\s*=.*$/m.exec(body);
  if (!provider) throw new Error(`schema: generator without provider:\n${body}`);
  const line = `${provider[1]}previewFeatures = [${features.map((f) => `"${f}"`).join(', ')}]`;
  return body.replace(provider[0], `${provider[0]}\n${line}`);
}

/** Aligns the `=` of a block's settings, as `prisma format` does. */
function align(body: string): string {
  const setting = /^(\s+)(\w+)\s*=\s*(.*)$/;
  const lines = body.split('\n');
  const width = Math.max(0, ...lines.map((l) => setting.exec(l)?.[2]!.length ?? 0));
  return lines
    .map((l) => {
      const m = setting.exec(l);
      return m ? `${m[1]}${m[2]!.padEnd(width)} = ${m[3]}` : l;
    })
    .join('\n');
}

/**
 * The PostgreSQL schema for a SQLite source schema (both files live in prisma/, the
 * derived one in prisma/postgresql/): provider "postgresql", the client generated to
 * the sibling `postgresql` folder of the SQLite client, the Pothos generator dropped
 * (its types come from the SQLite schema; the model is the same), and a header.
 */
export function derivePostgresSchema(source: string): string {
  let out = source.replace(/\r\n/g, '\n');
  const found = blocks(out);

  // Rewrite from the last block to the first so earlier offsets stay valid.
  for (const block of [...found].reverse()) {
    let replacement: string;
    if (block.kind === 'datasource') {
      const provider = stringSetting(block.body, 'provider');
      if (provider !== 'sqlite') {
        throw new Error(`schema: datasource ${block.name} must name provider "sqlite" (got "${provider}")`);
      }
      if (/^\s*url\s*=/m.test(block.body)) {
        throw new Error('schema: the datasource must not set url (Prisma 7 takes it from the driver adapter)');
      }
      replacement = setStringSetting(block.body, 'provider', 'postgresql');
    } else {
      const provider = stringSetting(block.body, 'provider');
      if (provider === 'prisma-pothos-types') {
        replacement = '';
      } else if (provider === 'prisma-client' || provider === 'prisma-client-js') {
        const output = stringSetting(block.body, 'output');
        if (!output) throw new Error(`schema: generator ${block.name} has no output`);
        // Paths in a schema are relative to its file: prisma/ for the source,
        // prisma/postgresql/ for the derived schema.
        const target = posix.join(posix.dirname(posix.normalize(output)), 'postgresql');
        replacement = setStringSetting(block.body, 'output', posix.relative('postgresql', target));
        replacement = align(addPreviewFeatures(replacement, PG_PREVIEW_FEATURES));
      } else {
        throw new Error(`schema: do not know how to derive generator ${block.name} (provider "${provider}")`);
      }
    }
    if (replacement === '') {
      // Drop the block and the blank line before it.
      const before = out.slice(0, block.start).replace(/\n\n$/, '\n');
      out = before + out.slice(block.end).replace(/^\n/, '');
    } else {
      out = out.slice(0, block.start) + replacement + out.slice(block.end);
    }
  }
  if (!found.some((b) => b.kind === 'datasource')) throw new Error('schema: no datasource block');
  return `${DERIVED_HEADER}\n\n${out}`;
}
