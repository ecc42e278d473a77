import { DOCUMENTED_LEAD_PROVINCES, InvalidLeadProvincesError, parseLeadProvinces } from './chain-lead-provinces.js';

describe('parseLeadProvinces', () => {
  it('keeps the documented leads (Jiangsu: display, Shanghai: robotics) and adds the configured ones', () => {
    expect(parseLeadProvinces(undefined)).toEqual(DOCUMENTED_LEAD_PROVINCES);
    expect(parseLeadProvinces('{"ic": "310000", "display": "340000"}')).toEqual({ display: '340000', robotics: '310000', ic: '310000' });
  });

  it.each(['not json', '[]', '{"ic": "110000"}', '{"ic": 310000}'])('refuses %s naming the variable', (json) => {
    expect(() => parseLeadProvinces(json)).toThrow(InvalidLeadProvincesError);
    expect(() => parseLeadProvinces(json)).toThrow(/INSIGHT_CHAIN_LEAD_PROVINCES/);
  });
});
