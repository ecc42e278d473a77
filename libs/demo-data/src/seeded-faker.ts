import { Faker, base, en, zh_CN, type Randomizer } from '@faker-js/faker';

/**
 * Faker's default Mersenne Twister costs ~30 µs per re-seed, which dominates when every listing is
 * seeded on its own (100 000 listings → 3 s). sfc32 re-seeds in a few operations and is plenty
 * random for demo data.
 */
export function createDemoFaker(): Faker {
  return new Faker({ locale: [zh_CN, en, base], randomizer: createSfc32Randomizer() });
}

/**
 * A random (version 4) UUID from four 32-bit draws; faker.string.uuid() draws once per hex digit,
 * which is a tenth of the cost of a whole listing.
 */
export function randomUuid(faker: Faker): string {
  const hex = Array.from({ length: 4 }, () => faker.number.int(0xffffffff).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function createSfc32Randomizer(): Randomizer {
  const state = new Uint32Array(4);
  const nextWord = (): number => {
    const [a, b, c, d] = state;
    const t = (((a + b) | 0) + d) | 0;
    state[3] = d + 1;
    state[0] = b ^ (b >>> 9);
    state[1] = c + (c << 3);
    state[2] = ((c << 21) | (c >>> 11)) + t;
    return t >>> 0;
  };
  return {
    next: () => nextWord() / 4294967296,
    seed: (seed) => {
      const words = typeof seed === 'number' ? [seed] : seed;
      state.set([0x9e3779b9, 0x243f6a88, 0xb7e15162, words.length]);
      // Each word lands in its own state slot (folded past three), so (seed, n) pairs never share a stream.
      words.forEach((word, i) => {
        state[i % 3] = mix32(state[i % 3] ^ (Math.floor(word) >>> 0));
      });
      for (let i = 0; i < 12; i++) nextWord();
    },
  };
}

/** murmur3 finaliser: a bijection on 32-bit words that spreads nearby seeds apart. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
