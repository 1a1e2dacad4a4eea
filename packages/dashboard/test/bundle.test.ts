import { describe, expect, it } from 'vitest';
import { measureDashboardSize } from '../scripts/size.ts';

// The production bundle holds what the views use, and the SDK is a small part of it.

describe('the dashboard’s production bundle', () => {
  it('carries the SDK’s read methods it imports, none of its writes, and stays small', async () => {
    const size = await measureDashboardSize();
    // Each method brings its own document only (the SDK's documents are tree-shaken).
    expect(size.operations).toEqual(['CompareIndicator', 'GetIndicatorRevisions', 'GetSource', 'PlanSummary', 'PlanTargets', 'Search', 'TargetStats', 'YearResults']);
    expect(size.gzip).toBeGreaterThan(20 * 1024);
    // React, TanStack Query and the chart library are most of it; the SDK a few percent.
    expect(size.sdkShare).toBeGreaterThan(0);
    expect(size.sdkShare).toBeLessThan(0.1);
    expect(size.gzip).toBeLessThan(250 * 1024);
  });
});
