import { AppConfig } from '@chainmatch/config';
import { listingLiveSql } from '@chainmatch/listings';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SuggestionService } from '../suggestions/suggestion.service.js';
import { MatchStore } from './match-store.js';

/** Brings one listing's persisted matches up to date with the listing as it is now. */
@Injectable()
export class MatchRefresher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suggestions: SuggestionService,
    private readonly store: MatchStore,
    private readonly config: AppConfig,
  ) {}

  async refresh(listingId: string): Promise<void> {
    const [row] = await this.dataSource.query(
      `SELECT ${listingLiveSql('listing')} AS live FROM listing WHERE id = $1`, [listingId],
    );
    if (!row) return;
    if (!row.live) return this.store.retireMatchesOf(listingId);
    await this.store.applySuggestions(await this.suggestions.suggestFor(listingId, this.config.get('MATCH_TOP_N')));
  }
}
