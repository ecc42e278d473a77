/** Whose side an explanation is written from: the buyer reads about the supplier, the supplier about the buyer. */
export type Viewpoint = 'BUYER' | 'SUPPLIER';
export const VIEWPOINTS: readonly Viewpoint[] = ['BUYER', 'SUPPLIER'];

export interface Sentence {
  zh: string;
  en: string;
}

export type Sentences = Record<Viewpoint, Sentence>;

/** The same words for either reader: sentences that name both parties are true from both sides. */
export const forBoth = (zh: string, en: string): Sentences => ({ BUYER: { zh, en }, SUPPLIER: { zh, en } });

/** The viewpoint of a listing's own side. */
export const viewpointOf = (kind: 'SUPPLY' | 'DEMAND'): Viewpoint => (kind === 'DEMAND' ? 'BUYER' : 'SUPPLIER');
