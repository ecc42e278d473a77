import { TaxonomyService } from '@chainmatch/chains';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { readLexiconFiles } from './data/lexicon-files.js';
import { Lexicon } from './model/lexicon.js';
import { describeProblems, validateLexicon, type TaxonomyIds } from './model/lexicon-validation.js';
import type { TermGroup } from './model/lexicon.types.js';

export type LexiconListener = (lexicon: Lexicon) => void;

interface OverlayRow {
  group_id: string;
  version: number;
  group_data: TermGroup | null;
  revision: string;
}

/** The current state of every edited group: its latest edit. */
const OVERLAY_SQL = `SELECT DISTINCT ON (group_id) group_id, version, group_data, revision::text AS revision
  FROM lexicon_edit ORDER BY group_id, version DESC`;

/**
 * The lexicon of this process: the data files (validated at start — a problem stops start-up,
 * naming it) with the staff's edits from `lexicon_edit` on top. Search and matching read it through
 * `current()`; `refresh()` picks up edits made by any process (a cheap check of the last revision),
 * and listeners hear about every new snapshot.
 */
@Injectable()
export class LexiconService implements OnModuleInit {
  private readonly logger = new Logger(LexiconService.name);
  private fileGroups: TermGroup[] = [];
  private snapshot = new Lexicon([]);
  private versions = new Map<string, number>();
  private readonly listeners: LexiconListener[] = [];
  private checkedAt = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async onModuleInit(): Promise<void> {
    const files = readLexiconFiles();
    const problems = [...files.problems, ...validateLexicon(files.groups, this.taxonomyIds())];
    if (problems.length > 0) throw new Error(`the lexicon data files have problems:\n${describeProblems(problems).join('\n')}`);
    this.fileGroups = files.groups;
    await this.load();
  }

  current(): Lexicon {
    return this.snapshot;
  }

  /** The version of a group: 1 as the data files have it or as created, +1 per edit since; 0 when it never existed. */
  versionOf(groupId: string): number {
    return this.versions.get(groupId) ?? (this.fileGroups.some((group) => group.id === groupId) ? 1 : 0);
  }

  onChange(listener: LexiconListener): void {
    this.listeners.push(listener);
  }

  /**
   * Reloads when another edit was committed since this snapshot, checking at most once per
   * `maxAgeMs`. Returns whether the lexicon changed.
   */
  async refresh(maxAgeMs = 0): Promise<boolean> {
    if (Date.now() - this.checkedAt < maxAgeMs) return false;
    this.checkedAt = Date.now();
    const [{ revision }] = await this.dataSource.query(`SELECT coalesce(max(revision), 0)::text AS revision FROM lexicon_edit`);
    if (Number(revision) === this.snapshot.revision) return false;
    await this.load();
    return true;
  }

  taxonomyIds(): TaxonomyIds {
    const chains = this.taxonomy.listChains();
    return {
      chainIds: new Set(chains.map((chain) => chain.id)),
      segmentIds: new Set(chains.flatMap((chain) => this.taxonomy.segmentsOfChain(chain.id).map((segment) => segment.id))),
    };
  }

  /** The file groups with `overlay` (group id → its state, null when deleted) applied. */
  compose(overlay: ReadonlyMap<string, TermGroup | null>): TermGroup[] {
    const groups = new Map(this.fileGroups.map((group) => [group.id, group]));
    for (const [id, group] of overlay) {
      if (group) groups.set(id, group);
      else groups.delete(id);
    }
    return [...groups.values()];
  }

  private async load(): Promise<void> {
    const rows: OverlayRow[] = await this.dataSource.query(OVERLAY_SQL);
    const overlay = new Map(rows.map((row) => [row.group_id, row.group_data]));
    const revision = rows.reduce((max, row) => Math.max(max, Number(row.revision)), 0);
    const groups = this.compose(overlay);
    const problems = validateLexicon(groups, this.taxonomyIds());
    // Edits were valid when made; a data file changed since may clash with one. Serve, and say so.
    if (problems.length > 0) this.logger.warn(`lexicon edits clash with the data files:\n${describeProblems(problems).join('\n')}`);
    this.versions = new Map(rows.map((row) => [row.group_id, row.version]));
    this.snapshot = new Lexicon(groups, revision);
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
