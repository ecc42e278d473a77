import { plainToInstance, Type } from 'class-transformer';
import { References, unknownReferences, type ReferenceIdLookup } from './reference-ids.js';

const lookup: ReferenceIdLookup = { isKnown: (kind, id) => (kind === 'chain' ? ['ic', 'nev'] : ['320000']).includes(id) };

class Filter {
  @References('chain') chainIds?: string[];
  @References('province') provinceAdcode?: string;
  text?: string;
}

class Args {
  @Type(() => Filter) filter?: Filter;
}

class WiderFilter extends Filter {
  @References('province') otherProvinces?: string[];
}

describe('unknownReferences', () => {
  it('names each field holding ids reference data lacks, with every such id and the reason', () => {
    const args = plainToInstance(Args, { filter: { chainIds: ['ic', 'evs', 'x'], provinceAdcode: '110000', text: 'evs' } });
    expect(unknownReferences(args, lookup, '')).toEqual([
      { field: 'filter.chainIds', message: 'no such industrial chain: evs, x', reason: 'UNKNOWN_CHAIN' },
      { field: 'filter.provinceAdcode', message: 'not a province of the region: 110000', reason: 'UNKNOWN_PROVINCE' },
    ]);
  });

  it('passes known ids and absent fields, and keeps a parent class\'s marks in a subclass', () => {
    expect(unknownReferences(plainToInstance(Filter, { chainIds: ['ic', 'nev'] }), lookup, 'filter')).toEqual([]);
    const wider = plainToInstance(WiderFilter, { chainIds: ['evs'], otherProvinces: ['320000', '110000'] });
    expect(unknownReferences(wider, lookup, 'input').map((v) => v.field)).toEqual(['input.chainIds', 'input.otherProvinces']);
  });
});
