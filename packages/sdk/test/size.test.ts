import { describe, expect, it } from 'vitest';
import { bundleSize, measureSdkSize, SDK_METHODS } from '../scripts/size.ts';

// The runtime stays small and a bundle holds only the methods (and documents) it imports.

describe('bundle size', () => {
  it('keeps the runtime under 3 KB minified and gzipped, without graphql', async () => {
    const runtime = await bundleSize(`export { createClient, PlanHubError } from './src/client.ts';`);
    expect(runtime.gzip).toBeLessThan(3 * 1024);
    expect(runtime.inputs.filter((path) => path.includes('node_modules'))).toEqual([]);
    expect(runtime.text).not.toMatch(/query |fragment /);
  });

  it('R20 @graphql-codegen/client-preset 6.2.0 (document constants marked pure): bundles one method with its own document only', async () => {
    const one = await bundleSize(`export { listIndicators } from './src/indicators.ts';`);
    expect(one.text).toContain('query ListIndicators');
    for (const other of ['GetIndicator', 'PlanSummary', 'ListPlans', 'ListSolutions', 'AgencyTreePage', 'Search', 'Node']) {
      expect(one.text).not.toContain(`query ${other}`);
    }
    expect(one.text).not.toContain('PlanHubError');
  });

  it('bundles one TanStack query option factory with its own method and document only, and no TanStack', async () => {
    const one = await bundleSize(`export { getIndicatorQuery } from './src/tanstack.ts';`);
    expect(one.text).toContain('query GetIndicator');
    for (const other of ['ListIndicators', 'PlanSummary', 'ListPlans', 'ListSolutions', 'AgencyTreePage', 'Search', 'Node']) {
      expect(one.text).not.toContain(`query ${other}`);
    }
    expect(one.inputs.filter((path) => path.includes('node_modules'))).toEqual([]);
    expect(one.gzip).toBeLessThan(1.5 * 1024);
  });

  it('bundles one runtime enum without the others', async () => {
    const one = await bundleSize(`export { TargetStatus } from './src/enums.ts';`);
    expect(one.text).toContain('NOT_MET');
    expect(one.text).not.toContain('HIGHER_IS_BETTER');
    expect(one.gzip).toBeLessThan(200);
  });

  it('measures every method for the bench', async () => {
    const size = await measureSdkSize();
    expect(Object.keys(size.methods)).toEqual(Object.keys(SDK_METHODS));
    for (const method of Object.values(size.methods)) {
      expect(method.gzip).toBeGreaterThan(0);
      expect(method.withRuntime.gzip).toBeGreaterThan(size.runtime.gzip);
      expect(method.withRuntime.gzip).toBeLessThan(size.all.gzip);
    }
  });
});
