import { fingerprintOf } from '../engine/listing-document.js';
import { contractDocument } from '../testing/contract-documents.js';
import { toMeiliDocument } from './meili-document.js';
import { highlightsFromFormatted, MARK_END, MARK_START, parseMarked } from './meili-highlights.js';

describe('Meilisearch documents', () => {
  it('maps a listing document: dates as epoch milliseconds, the point as _geo, the fingerprint alongside', () => {
    const doc = contractDocument({ title: '供应QFN封装测试服务', createdAt: '2026-01-02T03:04:05.678Z', validUntil: '2026-04-01T00:00:00.000Z' });
    const mapped = toMeiliDocument(doc);
    expect(mapped).toMatchObject({
      id: doc.id, title: doc.title, kind: 'SUPPLY', chainId: 'ic', cityAdcode: '320500', verified: false,
      createdAt: Date.parse('2026-01-02T03:04:05.678Z'), validUntil: Date.parse('2026-04-01T00:00:00.000Z'),
      _geo: doc.location, fingerprint: fingerprintOf(doc),
    });
    expect(mapped).not.toHaveProperty('location');
  });

  it('leaves _geo out for a listing without a place', () => {
    expect(toMeiliDocument(contractDocument({ title: 'x', location: null }))).not.toHaveProperty('_geo');
  });

  it('changes the fingerprint with any field and keeps it for an equal document', () => {
    const doc = contractDocument({ title: 'a' });
    expect(fingerprintOf({ ...doc })).toBe(fingerprintOf(doc));
    expect(fingerprintOf({ ...doc, verified: true })).not.toBe(fingerprintOf(doc));
    expect(fingerprintOf({ ...doc, enterpriseNameZh: '新名字' })).not.toBe(fingerprintOf(doc));
  });
});

describe('Meilisearch highlights', () => {
  const mark = (text: string) => `${MARK_START}${text}${MARK_END}`;

  it('turns the tags of _formatted into ranges of the plain text', () => {
    expect(parseMarked(`供应QFN${mark('封装测试')}服务 ${mark('QFN')}`)).toEqual({
      text: '供应QFN封装测试服务 QFN', ranges: [{ start: 5, length: 4 }, { start: 12, length: 3 }],
    });
    expect(parseMarked('nothing matched')).toBeUndefined();
  });

  it('keeps matched keywords only and skips fields without a match', () => {
    expect(highlightsFromFormatted({ title: 'no match', keywords: ['QFN', mark('封装测试')], description: `…提供${mark('封装测试')}…` })).toEqual([
      { field: 'keywords', text: '封装测试', ranges: [{ start: 0, length: 4 }] },
      { field: 'description', text: '…提供封装测试…', ranges: [{ start: 3, length: 4 }] },
    ]);
  });
});
