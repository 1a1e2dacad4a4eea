import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

// Every function, class, type and constant a module of the package exports has a doc
// comment (the generated ones carry the schema's descriptions; these are the hand-written).

const sdkDir = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${sdkDir}package.json`, 'utf8'));

it('documents every export of the hand-written modules', () => {
  const entries = Object.values(pkg.exports as Record<string, string | { default: string }>)
    .filter((target): target is { default: string } => typeof target === 'object')
    .map((target) => `${sdkDir}${target.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts')}`)
    .filter((file) => !file.includes('/generated/'));
  expect(entries.length).toBeGreaterThanOrEqual(11);
  const program = ts.createProgram(entries, { allowImportingTsExtensions: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true });
  const checker = program.getTypeChecker();
  const undocumented: string[] = [];
  let checked = 0;
  for (const entry of entries) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      if (!declaration || declaration.getSourceFile().fileName.includes('/generated/')) continue;
      checked++;
      if (!ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim()) {
        undocumented.push(`${entry.slice(sdkDir.length)}: ${exported.name}`);
      }
    }
  }
  expect(checked).toBeGreaterThan(50);
  expect(undocumented).toEqual([]);
});
