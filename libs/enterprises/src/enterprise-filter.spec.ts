import { EnterpriseSize } from './enterprise.entity.js';
import { enterpriseFilterConditions, escapeLikePattern } from './enterprise-filter.js';

describe('escapeLikePattern', () => {
  it('escapes the LIKE wildcards and the escape character itself', () => {
    expect(escapeLikePattern('100%_a\\b')).toBe('100\\%\\_a\\\\b');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeLikePattern('阿里巴巴 Alibaba')).toBe('阿里巴巴 Alibaba');
  });
});

describe('enterpriseFilterConditions', () => {
  it('has no condition for no filter or an empty one', () => {
    expect(enterpriseFilterConditions(undefined)).toEqual([]);
    expect(enterpriseFilterConditions(null)).toEqual([]);
    expect(enterpriseFilterConditions({})).toEqual([]);
  });

  it('has one condition per given criterion, with its parameter', () => {
    const conditions = enterpriseFilterConditions({
      provinceAdcode: '320000',
      cityAdcode: '320500',
      size: EnterpriseSize.SMALL,
      segmentId: 'ic.fab',
      chainId: 'ic',
      needsReview: true,
      search: 'chip',
    });
    expect(conditions).toHaveLength(7);
    const params = Object.assign({}, ...conditions.map((c) => c.params));
    expect(params).toEqual({
      provinceAdcode: '320000',
      cityAdcode: '320500',
      size: 'SMALL',
      segmentId: 'ic.fab',
      chainId: 'ic',
      namePattern: '%chip%',
    });
  });

  it('distinguishes needsReview false from absent', () => {
    expect(enterpriseFilterConditions({ needsReview: false }).map((c) => c.where)).toEqual(["enterprise.reviewReasons = '{}'"]);
    expect(enterpriseFilterConditions({ needsReview: true }).map((c) => c.where)).toEqual(["enterprise.reviewReasons <> '{}'"]);
  });

  it('searches both names with the user text escaped, never as a pattern', () => {
    const [condition] = enterpriseFilterConditions({ search: '50%_off' });
    expect(condition.params).toEqual({ namePattern: '%50\\%\\_off%' });
    expect(condition.where).toContain('enterprise.nameZh ILIKE :namePattern');
    expect(condition.where).toContain('enterprise.nameEn ILIKE :namePattern');
  });

  it('keeps user values out of the SQL text', () => {
    const conditions = enterpriseFilterConditions({ segmentId: "x' OR '1'='1", chainId: "'; DROP TABLE enterprise; --", search: "'" });
    for (const { where } of conditions) expect(where).not.toContain("'1'='1");
    expect(conditions.map((c) => c.where).join(' ')).not.toContain('DROP');
  });
});
