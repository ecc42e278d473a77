/** Numbers as a reader sees them in a sentence, the same in both languages. */
export const percent = (share: number | null | undefined) => (share === null || share === undefined ? '—' : `${Math.round(share * 1000) / 10}%`);

export const decimal = (value: number | null | undefined, digits = 2) => (value === null || value === undefined ? '—' : value.toFixed(digits));

/** English plural of a counted noun: 1 listing, 2 listings. */
export const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export interface Bilingual {
  zh: string;
  en: string;
}
