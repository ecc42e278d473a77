import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { SEARCH_ENGINE, type SearchEngine } from '../engine/search-engine.port.js';
import { SearchTextService } from '../text/search-text.service.js';

/**
 * Applies the engine's declared settings at start — without making start depend on the engine:
 * when it is unreachable the API starts anyway and the sync runner tries again before each drain.
 * Before each drain it also picks up lexicon edits (from any process), so that the listings an edit
 * queued for re-indexing are analysed with it, and applies the settings again (synonyms, dictionary).
 */
@Injectable()
export class SearchEngineLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Search');
  private settingsApplied = false;

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly text: SearchTextService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureSettings();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.engine.close();
  }

  /** True once the settings are in place; logs and returns false while the engine cannot be reached. */
  async ensureSettings(): Promise<boolean> {
    if (await this.text.refresh(true)) this.settingsApplied = false;
    if (this.settingsApplied) return true;
    try {
      const { changed } = await this.engine.applySettings();
      if (changed.length > 0) this.logger.log(`${this.engine.name} settings updated: ${changed.join(', ')}`);
      this.settingsApplied = true;
    } catch (error) {
      this.logger.warn(`${this.engine.name} settings not applied yet: ${(error as Error).message}`);
    }
    return this.settingsApplied;
  }
}
