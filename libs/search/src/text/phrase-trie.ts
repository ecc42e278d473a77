interface PhraseNode<T> {
  values?: T[];
  next?: Map<string, PhraseNode<T>>;
}

export interface PhraseMatch<T> {
  length: number;
  values: T[];
}

const NONE: readonly PhraseMatch<never>[] = [];

/**
 * Token phrases and the values each stands for, found in a token sequence by walking it token by
 * token: a lookup per position and length would build a key string for each (most of a listing's
 * cost in finding lexicon terms).
 */
export class PhraseTrie<T> {
  private readonly root: PhraseNode<T> = {};

  /** Adds `value` to the phrase's values, once. */
  add(phrase: readonly string[], value: T): void {
    if (phrase.length === 0) return;
    let node = this.root;
    for (const token of phrase) {
      const next = (node.next ??= new Map());
      node = next.get(token) ?? next.set(token, {}).get(token)!;
    }
    node.values ??= [];
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The values of exactly this phrase. */
  get(phrase: readonly string[]): T[] | undefined {
    let node: PhraseNode<T> | undefined = this.root;
    for (const token of phrase) node = node?.next?.get(token);
    return node === this.root ? undefined : node?.values;
  }

  /** The phrases starting at `tokens[at]`, longest first. */
  startingAt(tokens: readonly string[], at: number): readonly PhraseMatch<T>[] {
    let node = this.root.next?.get(tokens[at]);
    if (!node) return NONE;
    const found: PhraseMatch<T>[] = [];
    for (let length = 1; node; length += 1) {
      if (node.values) found.unshift({ length, values: node.values });
      node = at + length < tokens.length ? node.next?.get(tokens[at + length]) : undefined;
    }
    return found;
  }
}
