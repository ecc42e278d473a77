import { TaxonomyService } from '@chainmatch/chains';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { domainWords } from './domain-dictionary.js';
import { SynonymSet, type SynonymGroup } from './synonyms.js';
import { TextAnalyzer } from './text-analyzer.js';

/**
 * The language side of search for this process: the jieba analyzer with the domain dictionary (chain
 * and segment names, synonyms) and the synonym groups from `search_synonym`, both read at start.
 * A change to the taxonomy or the synonyms reaches search at the next start (and old documents at
 * the next rebuild, since their segmentation may change).
 */
@Injectable()
export class SearchTextService implements OnModuleInit {
  private state?: { analyzer: TextAnalyzer; synonyms: SynonymSet; dictionary: string[] };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async onModuleInit(): Promise<void> {
    const groups = await this.readSynonymGroups();
    const chains = this.taxonomy.listChains();
    const names = [...chains, ...chains.flatMap((chain) => this.taxonomy.segmentsOfChain(chain.id))];
    const dictionary = domainWords(names, groups.flat());
    const analyzer = new TextAnalyzer(dictionary);
    this.state = { analyzer, synonyms: new SynonymSet(groups, analyzer), dictionary };
  }

  get analyzer(): TextAnalyzer {
    return this.ready().analyzer;
  }

  get synonyms(): SynonymSet {
    return this.ready().synonyms;
  }

  /** The domain words jieba keeps whole (also given to Meilisearch as its dictionary). */
  get dictionary(): string[] {
    return this.ready().dictionary;
  }

  private ready(): { analyzer: TextAnalyzer; synonyms: SynonymSet; dictionary: string[] } {
    if (!this.state) throw new Error('SearchTextService used before the module was initialised');
    return this.state;
  }

  private async readSynonymGroups(): Promise<SynonymGroup[]> {
    const rows: { terms: string[] }[] = await this.dataSource.query(
      `SELECT array_agg(term ORDER BY term) AS terms FROM search_synonym GROUP BY group_name ORDER BY group_name`);
    return rows.map((row) => row.terms);
  }
}
