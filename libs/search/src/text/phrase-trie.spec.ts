import { PhraseTrie } from './phrase-trie.js';

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  trie.add(['lithium', 'iron', 'phosphate'], 'lfp');
  trie.add(['iron'], 'fe');
  trie.add(['lithium'], 'li');
  trie.add(['lithium'], 'li');
  trie.add(['lithium'], 'li-battery');

  it('finds the phrases starting at a token, longest first, each value once', () => {
    expect(trie.startingAt(['lithium', 'iron', 'phosphate', 'cathode'], 0)).toEqual([
      { length: 3, values: ['lfp'] }, { length: 1, values: ['li', 'li-battery'] },
    ]);
    expect(trie.startingAt(['lithium', 'iron'], 0)).toEqual([{ length: 1, values: ['li', 'li-battery'] }]);
    expect(trie.startingAt(['cathode', 'iron'], 1)).toEqual([{ length: 1, values: ['fe'] }]);
    expect(trie.startingAt(['cathode'], 0)).toEqual([]);
  });

  it('answers exact phrases only', () => {
    expect(trie.get(['lithium', 'iron', 'phosphate'])).toEqual(['lfp']);
    expect(trie.get(['lithium', 'iron'])).toBeUndefined();
    expect(trie.get([])).toBeUndefined();
  });
});
