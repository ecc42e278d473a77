import { beginAll } from './begin-all.js';

describe('beginAll', () => {
  const later = <T>(ms: number, outcome: () => T) => new Promise<T>((resolve, reject) => setTimeout(() => {
    try { resolve(outcome()); } catch (error) { reject(error); }
  }, ms));

  it('returns every resource, in the order given, when all begin', async () => {
    const released: string[] = [];
    const [a, b] = await beginAll([later(5, () => 'a'), Promise.resolve(2)], async (began) => void released.push(String(began)));
    expect([a, b]).toEqual(['a', 2]);
    expect(released).toEqual([]);
  });

  it('releases those that began — a slow one included — before throwing the first failure', async () => {
    const released: string[] = [];
    const beginning = beginAll(
      [later(1, () => 'fast'), later(5, (): string => { throw new Error('cannot connect'); }), later(20, () => 'slow')],
      async (began) => void released.push(began),
    );
    await expect(beginning).rejects.toThrow('cannot connect');
    expect(released.sort()).toEqual(['fast', 'slow']);
  });

  it('releases every other resource when one release fails, and still throws the failure to begin', async () => {
    const released: string[] = [];
    const beginning = beginAll([Promise.resolve('a'), Promise.resolve('b'), Promise.reject<string>(new Error('refused'))], async (began) => {
      if (began === 'a') throw new Error('already gone');
      released.push(began);
    });
    await expect(beginning).rejects.toThrow('refused');
    expect(released).toEqual(['b']);
  });
});
