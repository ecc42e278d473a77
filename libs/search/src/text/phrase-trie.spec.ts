import { PhraseTrie } from './phrase-trie.js';

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  trie.add(['lithium', 'iron', 'phosphate'], 'lfp');
  trie.add(['iron'], 'fe');
  trie.add(['lithium'], 'li');
  trie.add(['lithium'], 'li');
  trie.add(['lithium'], 'li-battery');

  const valuesAt = (tokens: string[], at: number) => {
    const found: (readonly string[])[] = [];
    trie.forEachAt(tokens, at, (values) => found.push(values));
    return found;
  };

  it('visits the phrases starting at a token, longest first, each value once', () => {
    expect(valuesAt(['lithium', 'iron', 'phosphate', 'cathode'], 0)).toEqual([['lfp'], ['li', 'li-battery']]);
    expect(valuesAt(['lithium', 'iron'], 0)).toEqual([['li', 'li-battery']]);
    expect(valuesAt(['cathode', 'iron'], 1)).toEqual([['fe']]);
    expect(valuesAt(['cathode'], 0)).toEqual([]);
  });

  it('finds the longest phrase starting at a token', () => {
    expect(trie.longestAt(['lithium', 'iron', 'phosphate', 'cathode'], 0)).toEqual({ length: 3, values: ['lfp'] });
    expect(trie.longestAt(['lithium', 'iron'], 0)).toEqual({ length: 1, values: ['li', 'li-battery'] });
    expect(trie.longestAt(['cathode', 'iron'], 1)).toEqual({ length: 1, values: ['fe'] });
    expect(trie.longestAt(['cathode'], 0)).toBeUndefined();
  });

  it('answers exact phrases only', () => {
    expect(trie.get(['lithium', 'iron', 'phosphate'])).toEqual(['lfp']);
    expect(trie.get(['lithium', 'iron'])).toBeUndefined();
    expect(trie.get([])).toBeUndefined();
  });
});
