interface PhraseNode<T> {
  values?: T[];
  next?: Map<string, PhraseNode<T>>;
}

export interface PhraseMatch<T> {
  length: number;
  values: T[];
}

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

  /** The longest phrase starting at `tokens[at]`. */
  longestAt(tokens: readonly string[], at: number): PhraseMatch<T> | undefined {
    let longest: PhraseMatch<T> | undefined;
    let node = this.root.next?.get(tokens[at]);
    for (let length = 1; node; length += 1) {
      if (node.values) longest = { length, values: node.values };
      node = at + length < tokens.length ? node.next?.get(tokens[at + length]) : undefined;
    }
    return longest;
  }

  /**
   * Calls `visit` with the values of each phrase starting at `tokens[at]`, longest first: read in
   * place, with no list of the matches made (a text's every token is looked up).
   */
  forEachAt(tokens: readonly string[], at: number, visit: (values: readonly T[]) => void): void {
    const node = this.root.next?.get(tokens[at]);
    if (node) this.visitFrom(node, tokens, at + 1, visit);
  }

  /** The values below `node` (the phrase up to `tokens[next]`, not included) before its own: longer phrases first. */
  private visitFrom(node: PhraseNode<T>, tokens: readonly string[], next: number, visit: (values: readonly T[]) => void): void {
    const deeper = next < tokens.length ? node.next?.get(tokens[next]) : undefined;
    if (deeper) this.visitFrom(deeper, tokens, next + 1, visit);
    if (node.values) visit(node.values);
  }
}
