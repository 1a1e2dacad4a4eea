import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { langFromAcceptLanguage } from '../src/lang.ts';
import { createTestHub, dataOf, type TestHub } from '../src/testing/hub.ts';
import { seedRecords } from './seed-data.ts';

let hub: TestHub;
beforeAll(async () => {
  hub = await createTestHub();
});
afterAll(() => hub?.close());

const growth = seedRecords('indicator-definitions').find((i) => i.key === 'economic-growth-rate')!;
const q = `{ indicator(area: "bac-kan", code: "economic-growth-rate") { name nameVi nameEn vi: name(lang: VI) en: name(lang: EN) unit { label } } }`;

describe('language selection', () => {
  it('defaults to Vietnamese', async () => {
    const { indicator } = dataOf(await hub.exec(q));
    expect(indicator.name).toBe(growth.nameVi);
    expect(indicator.unit.label).toBe(seedRecords('units').find((u) => u.key === 'percent')!.labelVi);
  });

  it('follows Accept-Language', async () => {
    const { indicator } = dataOf(await hub.exec(q, {}, { 'accept-language': 'en-GB,en;q=0.9,vi;q=0.5' }));
    expect(indicator.name).toBe(growth.nameEn);
  });

  it('the lang argument wins over the header, and the source language stays available', async () => {
    const { indicator } = dataOf(await hub.exec(q, {}, { 'accept-language': 'en' }));
    expect(indicator).toMatchObject({ vi: growth.nameVi, en: growth.nameEn, nameVi: growth.nameVi, nameEn: growth.nameEn });
  });

  it('falls back to Vietnamese where English is missing', async () => {
    await hub.db.prisma.sector.create({ data: { key: 'test-no-english', nameVi: 'Lĩnh vực thử nghiệm', nameEn: null } });
    const { sectors } = dataOf(await hub.exec(`{ sectors { code nameVi nameEn en: name(lang: EN) } }`, {}, { 'accept-language': 'en' }));
    const bare = sectors.find((s: any) => s.code === 'test-no-english');
    expect(bare).toEqual({ code: 'test-no-english', nameVi: 'Lĩnh vực thử nghiệm', nameEn: null, en: 'Lĩnh vực thử nghiệm' });
    for (const s of sectors) expect(s.en).toBe(s.nameEn ?? s.nameVi);
  });

  it('parses Accept-Language by weight', () => {
    expect(langFromAcceptLanguage(undefined)).toBe('vi');
    expect(langFromAcceptLanguage('fr-FR, en;q=0.8, vi;q=0.9')).toBe('vi');
    expect(langFromAcceptLanguage('fr, en;q=0.1')).toBe('en');
    expect(langFromAcceptLanguage('de, fr')).toBe('vi');
    expect(langFromAcceptLanguage('en;q=0, vi')).toBe('vi');
    expect(langFromAcceptLanguage('EN-us')).toBe('en');
  });
});
