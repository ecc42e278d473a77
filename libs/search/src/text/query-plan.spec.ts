import type { TermGroup } from '@chainmatch/lexicon';
import { SAMPLE_GROUPS, textTools } from '../testing/text-tools.js';
import { relaxationLevels, type QueryPlan } from './query-plan.js';

const group = (id: string, zh: string[], en: string[], broader?: string, abbr: string[] = []): TermGroup => ({ id, chainId: 'ic', segments: [], type: 'PRODUCT', zh, variants: [], en, abbr, broader });
const tools = textTools([
  ...SAMPLE_GROUPS,
  group('ic.mcu', ['微控制器'], ['microcontroller'], undefined, ['MCU']), group('ic.auto-mcu', ['车规级MCU', '车规MCU'], ['automotive MCU'], 'ic.mcu'),
  group('ic.silicon-wafer', ['硅片'], ['silicon wafer', 'Si wafer']), group('ic.wafer-300', ['12英寸硅片'], ['12-inch wafer'], 'ic.silicon-wafer'),
  group('ic.epi-wafer', ['外延硅片', '外延片'], ['epi wafer'], 'ic.silicon-wafer'),
]);
const labels = (plan: QueryPlan) => plan.terms.map((term) => term.label);
const levels = (plan: QueryPlan, apart: number[] = []) => relaxationLevels(plan, [], apart).map(({ required, dropped }) => ({ required, dropped }));

describe('the broader reading of a query whose product is a narrower product named as a broader one', () => {
  it.each([['车规 MCU', '车规'], ['车规MCU', '车规'], ['车规级MCU', '车规级'], ['automotive MCU', 'automotive']])(
    'reads %s apart as MCU qualified by %s, which relaxing drops first, the broader product kept as the head', (text, qualifier) => {
      const plan = tools.plan(text);
      expect(plan.terms).toMatchObject([{ head: true, groupIds: ['ic.auto-mcu'] }]);
      const broader = plan.broader!;
      expect(labels(broader.plan)).toEqual([qualifier, 'mcu']);
      expect(broader.plan.terms[1]).toMatchObject({ head: true, product: true, groupIds: ['ic.mcu'] });
      expect(broader.plan.terms[1].exact).toEqual(expect.arrayContaining([['mcu'], ['微控制器'], ['microcontroller']]));
      expect(broader.qualifiers).toEqual([0]);
      expect(levels(broader.plan, broader.qualifiers)).toEqual([{ required: [1], dropped: [qualifier] }]);
    });

  it('reads one Chinese word ending in the broader product\'s name apart too, keeping the other terms: 12英寸外延硅片 → 12英寸 硅片, then 硅片', () => {
    const plan = tools.plan('12英寸外延硅片');
    expect(labels(plan)).toEqual(['12', '英寸', '外延硅片']);
    expect(levels(plan).map(({ dropped }) => dropped)).toEqual([[], ['12'], ['12', '英寸']]);
    const broader = plan.broader!;
    expect(labels(broader.plan)).toEqual(['12', '英寸', '外延', '硅片']);
    expect(broader.plan.terms.map((term) => term.head)).toEqual([false, false, false, true]);
    expect(levels(broader.plan, broader.qualifiers)).toEqual([
      { required: [0, 1, 3], dropped: ['外延'] }, { required: [1, 3], dropped: ['外延', '12'] }, { required: [3], dropped: ['外延', '12', '英寸'] },
    ]);
  });

  it.each([['12-inch wafer', '12 inch'], ['epi wafer', 'epi']])(
    'reads the English %s apart at the head noun its broader product\'s name ends in (silicon wafer), %s the qualifier', (text, qualifier) => {
      const broader = tools.plan(text).broader!;
      expect(labels(broader.plan)).toEqual([qualifier, 'wafer']);
      expect(broader.plan.terms[1]).toMatchObject({ head: true, groupIds: ['ic.silicon-wafer'] });
      expect(broader.qualifiers).toEqual([0]);
    });

  it('keeps the terms beside the head in the broader reading, dropped after the qualifier', () => {
    const broader = tools.plan('车规MCU 开发板').broader!;
    expect(levels(broader.plan, broader.qualifiers).map(({ dropped }) => dropped)).toEqual([['车规'], ['车规', '开发'], ['车规', '开发', '板']]);
  });

  it('has none for a product naming no broader product, a broader product itself, or a head read from a typo', () => {
    for (const text of ['磷酸铁锂', 'MCU', '外延片', '硅片', 'silicon wafer', '谐波减数器', '封装测试', 'lithium iron phosphate']) expect({ text, broader: tools.plan(text).broader }).toEqual({ text, broader: undefined });
  });
});
