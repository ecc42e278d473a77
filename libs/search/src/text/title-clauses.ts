import { BoundedCache } from './bounded-cache.js';

/**
 * What a part of a title does: names what is traded (MAIN), adds a remark in brackets (ASIDE),
 * details what comes before a colon (DETAIL: the 废活性炭 of "危险废物处置：废活性炭" is the waste
 * disposed of, not a product wanted; but "采购：磷酸铁锂" names the product there), or says what the
 * product is for (APPLICATION: "驱动电机转子用", "for EV traction motors") — words that name other
 * products without offering or asking for them.
 */
export type ClauseRole = 'MAIN' | 'ASIDE' | 'DETAIL' | 'APPLICATION';

export interface Clause {
  text: string;
  role: ClauseRole;
}

const BRACKETED = /\(([^()]*)\)|\[([^[\]]*)\]|【([^【】]*)】|〔([^〔〕]*)〕/gu;
/**
 * Enumeration and clause breaks: marks, a space between Chinese words (磷酸铁锂 三元材料 is a list),
 * and 及 joining two things offered (染色及后整理; not 及时); not "/" (QFN/BGA, DC/DC) nor "and"
 * (packaging and testing), which join within names.
 */
const BREAK = /[,;，；、|]|\s-\s|(?<=\p{Script=Han})\s+(?=\p{Script=Han})|(?<!以)及(?!时)/u;
/** A colon: what follows details what precedes it. */
const COLON = /[:：]/u;
const FOR_ENGLISH = /\s(?=(?:for|used (?:in|for|on)|suitable for|applied (?:in|to)|compatible with)\s)/iu;
const ENGLISH_PURPOSE = /^(?:for|used (?:in|for|on)|suitable for|applied (?:in|to)|compatible with)\s/iu;
const CHINESE_PURPOSE = /(?:用|专用|使用)$|^(?:用于|适用于|应用于|适配)/u;

const roleOf = (text: string, role: 'MAIN' | 'ASIDE' | 'DETAIL'): ClauseRole =>
  (CHINESE_PURPOSE.test(text) || ENGLISH_PURPOSE.test(text) ? 'APPLICATION' : role);

/** "用于驱动电机的磁钢": what it is for, then the product after the last 的. */
const PURPOSE_THEN_PRODUCT = /^((?:用于|适用于|应用于|适配).+的)([^的]+)$/u;

function pieces(text: string, role: 'MAIN' | 'ASIDE' | 'DETAIL'): Clause[] {
  return text.split(BREAK).flatMap((part) => part.split(FOR_ENGLISH)).map((part) => part.trim()).filter((part) => part !== '')
    .flatMap((part) => PURPOSE_THEN_PRODUCT.exec(part)?.slice(1, 3) ?? [part])
    .map((part) => ({ text: part, role: roleOf(part, role) }));
}

/**
 * A title as clauses, in order of the main text, its details after a colon, then the bracketed
 * remarks: width-folded, cut at enumeration and clause marks and before an English "for …", each
 * clause given its role.
 */
export function titleClauses(title: string): readonly Clause[] {
  return clausesOfTitle.get(title, clausesOf);
}

/** Titles repeat across listings (an enterprise posting its product again, a need posted by many). */
const clausesOfTitle = new BoundedCache<string, readonly Clause[]>(20_000);

function clausesOf(title: string): Clause[] {
  const folded = title.normalize('NFKC');
  const asides: string[] = [];
  const main = folded.replace(BRACKETED, (...groups: string[]) => {
    asides.push(groups.slice(1, 5).find((group) => group !== undefined) ?? '');
    return ',';
  });
  const [named, ...details] = main.split(COLON);
  return [...pieces(named, 'MAIN'), ...pieces(details.join(','), 'DETAIL'), ...asides.flatMap((aside) => pieces(aside, 'ASIDE'))];
}
