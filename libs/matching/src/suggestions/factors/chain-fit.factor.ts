import type { FactorReading } from '../factor.js';
import type { ChainRelation, PairContext } from '../match-side.js';
import { forBoth, type Sentences } from '../viewpoint.js';
import { reading } from './reading.js';

type Names = { zh: string; en: string };

/** How well each relation answers a need; a feeder across chains is as natural, slightly less certain. */
const CHAIN_FIT: Record<ChainRelation, (s: Names, d: Names, crossChain: boolean) => [number, Sentences]> = {
  SAME_SEGMENT: (_s, d) => [1, forBoth(`同一产业链环节：${d.zh}`, `Same chain segment: ${d.en}`)],
  EQUIVALENT_SEGMENT: (s, d) => [0.9, forBoth(`两条产业链中的同类环节：${s.zh} 与 ${d.zh}`, `Equivalent segments of two chains: ${s.en} and ${d.en}`)],
  FEEDER: (s, d, crossChain) => [crossChain ? 0.9 : 1, forBoth(
    `直接上游：${s.zh} → ${d.zh}${crossChain ? '（跨产业链）' : ''}`, `Direct upstream: ${s.en} feeds ${d.en}${crossChain ? ' (across chains)' : ''}`)],
  MAKES_PRODUCT: (s) => [0.8, forBoth(`供方所在环节（${s.zh}）生产所需的产品`, `The supplier's segment (${s.en}) makes what is needed`)],
  INPUT_OF_NEED: (s) => [0.4, forBoth(`供方所在环节（${s.zh}）是所需产品的上游，而非该产品本身`,
    `The supplier's segment (${s.en}) makes inputs of what is needed, not the product itself`)],
  COMPETITOR: (_s, d) => [0.2, forBoth(`同行的供给：采购方自身属于${d.zh}，需要的是其上游投入`,
    `A peer's offer: the buyer itself works in ${d.en} and needs its inputs, not the same products`)],
  SAME_CHAIN: (s) => [0.2, forBoth(`同一产业链的其他环节：${s.zh}`, `Same chain, another segment: ${s.en}`)],
  OTHER: () => [0, forBoth('不是能供应此需求的产业链环节', 'Not a segment that supplies this need')],
};

/** Role-aware: for a need, the natural answer is a supplier of the segment that feeds it. */
export function chainFit({ relation, crossChain, supplySegmentName, demandSegmentName }: PairContext): FactorReading {
  const [value, sentences] = CHAIN_FIT[relation](supplySegmentName, demandSegmentName, crossChain);
  return reading(value, () => sentences);
}
