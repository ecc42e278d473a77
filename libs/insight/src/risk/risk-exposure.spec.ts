import { RiskClass } from './risk-class.js';
import { propagateExposure } from './risk-exposure.js';

// materials → fab → packaging → applications; equipment → fab
const FEEDERS: Record<string, string[]> = { fab: ['materials', 'equipment'], packaging: ['fab'], applications: ['packaging'] };
const feedersOf = (id: string) => FEEDERS[id] ?? [];

describe('propagateExposure', () => {
  it('shows broken, at-risk and single-source feeders, and broken ones further up with the path', () => {
    const classes = new Map([
      ['materials', RiskClass.BROKEN], ['equipment', RiskClass.SINGLE_SOURCE], ['fab', RiskClass.HEALTHY],
      ['packaging', RiskClass.AT_RISK], ['applications', RiskClass.HEALTHY],
    ]);
    const exposure = propagateExposure(classes, feedersOf);
    expect(exposure.get('materials')).toEqual([]);
    expect(exposure.get('fab')).toEqual([
      { segmentId: 'equipment', riskClass: RiskClass.SINGLE_SOURCE, via: [] },
      { segmentId: 'materials', riskClass: RiskClass.BROKEN, via: [] },
    ]);
    expect(exposure.get('packaging')).toEqual([{ segmentId: 'materials', riskClass: RiskClass.BROKEN, via: ['fab'] }]);
    expect(exposure.get('applications')).toEqual([
      { segmentId: 'packaging', riskClass: RiskClass.AT_RISK, via: [] },
      { segmentId: 'materials', riskClass: RiskClass.BROKEN, via: ['packaging', 'fab'] },
    ]);
  });

  it('ignores healthy, concentrated and thin feeders, and feeders not in the area\'s rows', () => {
    const classes = new Map([['fab', RiskClass.CONCENTRATED], ['packaging', RiskClass.THIN], ['applications', RiskClass.HEALTHY]]);
    expect([...propagateExposure(classes, feedersOf).values()].flat()).toEqual([]);
  });
});
