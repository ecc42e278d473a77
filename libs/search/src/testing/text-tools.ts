import { Lexicon, type TermGroup } from '@chainmatch/lexicon';
import { readFileSync } from 'node:fs';
import { analysisDictionary } from '../text/domain-dictionary.js';
import { LatinCorrector } from '../text/latin-corrector.js';
import { PinyinCorrector } from '../text/pinyin-corrector.js';
import { planQuery, type QueryPlan } from '../text/query-plan.js';
import { TermVocabulary } from '../text/term-vocabulary.js';
import { TextAnalyzer } from '../text/text-analyzer.js';

const group = (g: Partial<TermGroup> & Pick<TermGroup, 'id' | 'zh' | 'en'>): TermGroup => ({
  chainId: g.id.split('.')[0], segments: [], type: 'PRODUCT', variants: [], abbr: [], ...g,
});

/** A small lexicon for unit tests of the analysis (the real one is tested with the data files). */
export const SAMPLE_GROUPS: TermGroup[] = [
  group({ id: 'ic.chip', zh: ['集成电路', '芯片'], en: ['integrated circuit', 'chip', 'microchip'], abbr: ['IC'] }),
  group({ id: 'ic.osat', zh: ['封装测试', '封测'], en: ['packaging and testing'], abbr: ['OSAT'], type: 'SERVICE' }),
  group({ id: 'nev.cathode', zh: ['正极材料'], en: ['cathode material'], type: 'MATERIAL' }),
  group({ id: 'nev.lfp', zh: ['磷酸铁锂'], variants: ['铁锂', '磷酸鐵鋰'], en: ['lithium iron phosphate'], abbr: ['LFP', 'LiFePO4'], type: 'MATERIAL', broader: 'nev.cathode' }),
  group({ id: 'nev.ncm', zh: ['三元正极材料', '三元材料'], en: ['NCM cathode'], abbr: ['NCM'], type: 'MATERIAL', broader: 'nev.cathode' }),
  group({ id: 'robotics.reducer', zh: ['减速器', '减速机'], en: ['reducer', 'gearbox'] }),
  group({ id: 'robotics.harmonic', zh: ['谐波减速器'], en: ['harmonic reducer', 'strain wave gear'], broader: 'robotics.reducer' }),
  group({ id: 'robotics.robot', zh: ['机器人'], en: ['robot'] }),
  group({ id: 'biomed.atorvastatin', zh: ['阿托伐他汀钙'], en: ['atorvastatin calcium'], type: 'MATERIAL' }),
];

interface ChainsFile {
  chains: { name_zh: string; segments: { name_zh: string }[] }[];
}

/** The taxonomy's names, as the application feeds them to the dictionary. */
export function taxonomyNames(): { nameZh: string }[] {
  const file = JSON.parse(readFileSync('libs/chains/data/chains.json', 'utf8')) as ChainsFile;
  return file.chains.flatMap((chain) => [{ nameZh: chain.name_zh }, ...chain.segments.map((segment) => ({ nameZh: segment.name_zh }))]);
}

/** The analysis as SearchTextService builds it, over `groups`. */
export function textTools(groups: TermGroup[] = SAMPLE_GROUPS) {
  const lexicon = new Lexicon(groups);
  const dictionary = analysisDictionary(taxonomyNames(), lexicon);
  const analyzer = new TextAnalyzer(dictionary);
  const vocabulary = new TermVocabulary(lexicon, analyzer);
  const corrector = new PinyinCorrector(dictionary);
  const spelling = new LatinCorrector(vocabulary.words());
  return { lexicon, dictionary, analyzer, vocabulary, corrector, plan: (text: string | undefined): QueryPlan => planQuery(text, { analyzer, vocabulary, corrector, spelling }) };
}
