import { TaxonomyService } from '@chainmatch/chains';
import { LexiconService, type Lexicon } from '@chainmatch/lexicon';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AnalysisThreads, type AnalysisPool, type AnalysisTask } from './analysis-pool.js';
import { analysisDictionary } from './domain-dictionary.js';
import { LatinCorrector } from './latin-corrector.js';
import { listingTerms, type ListingTerms, type ScoredListing } from './listing-terms.js';
import { PinyinCorrector } from './pinyin-corrector.js';
import { planQuery, type QueryPlan } from './query-plan.js';
import { TermVocabulary } from './term-vocabulary.js';
import { TextAnalyzer } from './text-analyzer.js';

interface TextState {
  analyzer: TextAnalyzer;
  vocabulary: TermVocabulary;
  dictionary: string[];
  /** Made at the first query: only searches need them, and the pinyin of every domain word takes a while. */
  correctors?: { corrector: PinyinCorrector; spelling: LatinCorrector };
}

/** How often a search checks whether another process edited the lexicon. */
const LEXICON_CHECK_MS = 2_000;

/**
 * The language side of search and matching for this process, made from the lexicon and the
 * taxonomy: the jieba analyzer whose dictionary keeps every product name whole, the lexicon's
 * terms as token phrases (synonyms in both languages, broader links), and the homophone corrector.
 * Rebuilt whenever the lexicon changes (a staff edit, here or in another process).
 */
@Injectable()
export class SearchTextService implements OnModuleInit {
  private state?: TextState;
  private threads?: AnalysisThreads;

  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly lexicon: LexiconService,
  ) {}

  onModuleInit(): void {
    this.rebuild(this.lexicon.current());
    this.lexicon.onChange((lexicon) => this.rebuild(lexicon));
  }

  get analyzer(): TextAnalyzer {
    return this.ready().analyzer;
  }

  /** The lexicon's terms as this analyzer's token phrases. */
  get vocabulary(): TermVocabulary {
    return this.ready().vocabulary;
  }

  /** The words jieba keeps whole: taxonomy names, every Chinese lexicon term and the generic words (also Meilisearch's dictionary). */
  get dictionary(): string[] {
    return this.ready().dictionary;
  }

  /** The query as weighted terms with their lexicon alternatives and typo readings: what engines search for and matching scores. */
  plan(text: string | undefined): QueryPlan {
    const state = this.ready();
    state.correctors ??= { corrector: new PinyinCorrector(state.dictionary), spelling: new LatinCorrector(state.vocabulary.words()) };
    return planQuery(text, { ...state, ...state.correctors });
  }

  /** What scoring reads of a listing's text (stored at index time, see ListingTermsRepository). */
  terms(listing: ScoredListing): ListingTerms {
    return listingTerms(listing, this.ready());
  }

  /**
   * `task` on worker threads with this analysis, for work over every listing (a rebuild); close it
   * when done. Pools opened while others are open share their threads (see AnalysisThreads).
   */
  pool<In extends object, Out>(task: AnalysisTask<In, Out>): AnalysisPool<In, Out> {
    const state = this.ready();
    if (!this.threads?.open || this.threads.analysis !== state) {
      this.threads = new AnalysisThreads(state, { dictionary: state.dictionary, groups: state.vocabulary.lexicon.groups() });
    }
    return this.threads.pool(task);
  }

  /** Picks up lexicon edits made by other processes (checked at most every two seconds unless `force`). Returns whether it changed. */
  refresh(force = false): Promise<boolean> {
    return this.lexicon.refresh(force ? 0 : LEXICON_CHECK_MS);
  }

  private rebuild(lexicon: Lexicon): void {
    const chains = this.taxonomy.listChains();
    const names = [...chains, ...chains.flatMap((chain) => this.taxonomy.segmentsOfChain(chain.id))];
    const dictionary = analysisDictionary(names, lexicon);
    const analyzer = new TextAnalyzer(dictionary);
    this.state = { analyzer, vocabulary: new TermVocabulary(lexicon, analyzer), dictionary };
  }

  private ready(): TextState {
    if (!this.state) throw new Error('SearchTextService used before the module was initialised');
    return this.state;
  }
}
