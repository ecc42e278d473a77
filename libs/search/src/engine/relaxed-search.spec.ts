import type { QueryPlan } from '../text/query-plan.js';
import { searchRelaxing, type PlanSearcher } from './relaxed-search.js';
import type { SearchRequest } from './search-engine.port.js';

/** Listings as the labels of the query terms each one has; the strict search of a plan is the definition itself. */
type Corpus = Record<string, string[]>;
const searcher = (corpus: Corpus, asked: QueryPlan[] = []): PlanSearcher => (plan) => {
  asked.push(plan);
  return {
    strict: async ({ required, excludeIds, offset, limit }) => {
      const matches = Object.keys(corpus).filter((id) => required.every((term) => corpus[id].includes(plan.terms[term].label)) && !excludeIds.includes(id));
      return { hits: matches.slice(offset, offset + limit).map((id) => ({ id, score: 1, highlights: [] })), total: matches.length };
    },
  };
};
const corpus: Corpus = {
  a: ['磷酸铁锂', '储能', '材料'], b: ['磷酸铁锂', '储能'], c: ['磷酸铁锂', '材料'], d: ['磷酸铁锂'], e: ['磷酸铁锂'], f: ['磷酸铁锂'], g: ['储能', '材料'], h: ['材料'],
};
const term = (label: string, weight: number, head = false) => ({ label, query: label, weight, product: true, head, exact: [[label]], groupIds: [], typo: [], typoGroupIds: [], qualified: [] });
/** Term 0 weighs most, term 2 least: 2 is dropped first, then 1. */
const plan: QueryPlan = { terms: [term('磷酸铁锂', 3), term('储能', 1.2), term('材料', 0.3)], corrections: [] };
const request = (offset: number, limit: number): SearchRequest => ({ text: 'x', filters: {}, sort: 'RELEVANCE', offset, limit });
const ids = async (offset: number, limit: number) => (await searchRelaxing(plan, request(offset, limit), searcher(corpus))).hits.map((hit) => hit.id);

/** 车规MCU 开发板 read apart: 车规 (a qualifier), MCU (the broader product), 开发板. */
const qualified: QueryPlan = {
  terms: [term('车规 mcu', 4, true), term('开发板', 1.5)],
  corrections: [],
  broader: { plan: { terms: [term('车规', 1.2), term('mcu', 3.5, true), term('开发板', 1.5)], corrections: [] }, qualifiers: [0] },
};

describe('searchRelaxing', () => {
  it('stays strict when every term together fills a page', async () => {
    expect(await searchRelaxing(plan, request(0, 1), searcher(corpus))).toMatchObject({ total: 1, droppedTerms: [], hits: [{ id: 'a' }] });
  });

  it('drops the lightest terms one by one until a page is full, fuller matches first', async () => {
    const result = await searchRelaxing(plan, request(0, 5), searcher(corpus));
    expect(result.droppedTerms).toEqual(['材料', '储能']);
    expect(result.hits.map((hit) => hit.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(result.total).toBe(6);
  });

  it('drops nothing when no level finds anything, and no term a level past the last finding one dropped', async () => {
    const none = await searchRelaxing(plan, request(0, 5), searcher({ x: ['钠离子'] }));
    expect(none).toMatchObject({ total: 0, hits: [], droppedTerms: [] });
    /** Only 材料 needs dropping: dropping 储能 as well finds no listing more. */
    const result = await searchRelaxing(plan, request(0, 5), searcher({ a: ['磷酸铁锂', '储能', '材料'], b: ['磷酸铁锂', '储能'], h: ['材料'] }));
    expect(result).toMatchObject({ total: 2, droppedTerms: ['材料'] });
    expect(result.hits.map((hit) => hit.id)).toEqual(['a', 'b']);
  });

  it('pages across the levels without repeating or skipping a listing', async () => {
    expect([...(await ids(0, 5)), ...(await ids(5, 5))]).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('of equal terms drops the commonest in the index first, and asks how common they are only then', async () => {
    /** 机器人 and 伺服电机 weigh the same; the index holds 机器人 in more listings. */
    const tied: QueryPlan = { terms: [term('机器人', 3), term('伺服电机', 3), term('减速器', 3, true)], corrections: [] };
    const robots: Corpus = { a: ['机器人', '伺服电机', '减速器'], b: ['机器人', '伺服电机'], c: ['机器人', '减速器'], d: ['机器人'], e: ['机器人'], f: ['机器人'], g: ['伺服电机', '减速器'], h: ['减速器'] };
    const asked: number[] = [];
    const counting: PlanSearcher = async (p) => ({
      ...(await searcher(robots)(p)),
      frequencies: async () => {
        asked.push(1);
        return [5, 4, 2];
      },
    });
    const result = await searchRelaxing(tied, request(0, 5), counting);
    expect(result.droppedTerms).toEqual(['机器人', '伺服电机']);
    expect(asked).toHaveLength(1);
    await searchRelaxing(plan, request(0, 5), counting);
    expect(asked).toHaveLength(1);
  });

  it('keeps every term when asked to', async () => {
    expect(await searchRelaxing(plan, { ...request(0, 5), matching: 'ALL' }, searcher(corpus))).toMatchObject({ total: 1, droppedTerms: [] });
  });

  it('falls back to the broader product once the head alone finds too little, dropping its qualifier; the head never', async () => {
    const market: Corpus = {
      auto: ['车规 mcu', '开发板'], autoChip: ['车规 mcu'], kit: ['mcu', '开发板'], mcu: ['mcu'], lidar: ['车规'], board: ['开发板'],
    };
    const asked: QueryPlan[] = [];
    const result = await searchRelaxing(qualified, request(0, 10), searcher(market, asked));
    expect(result.hits.map((hit) => hit.id)).toEqual(['auto', 'autoChip', 'kit', 'mcu']);
    expect(result.droppedTerms).toEqual(['车规', '开发板']);
    expect(result.total).toBe(4);
    expect(asked).toEqual([qualified, qualified.broader!.plan]);
    // The qualified head together with the other terms fills the page: the broader reading is never searched.
    const enough = searcher(market, asked);
    expect((await searchRelaxing(qualified, request(0, 2), enough)).droppedTerms).toEqual(['开发板']);
    expect(asked).toHaveLength(3);
  });

  it('pages across the broader levels too, and a plan without a broader reading stops at its head', async () => {
    const market: Corpus = { auto: ['车规 mcu'], kit: ['车规', 'mcu', '开发板'], mcu: ['mcu'], other: ['mcu'] };
    const page = async (offset: number) => (await searchRelaxing(qualified, request(offset, 3), searcher(market))).hits.map((hit) => hit.id);
    expect([...(await page(0)), ...(await page(3))]).toEqual(['auto', 'kit', 'mcu', 'other']);
    expect(await searchRelaxing({ ...qualified, broader: undefined }, request(0, 10), searcher(market))).toMatchObject({ total: 1, droppedTerms: ['开发板'] });
  });
});
