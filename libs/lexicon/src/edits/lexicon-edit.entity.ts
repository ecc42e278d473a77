import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TermGroup } from '../model/lexicon.types.js';

export enum LexiconEditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}

/** One staff edit of a term group (see the migration): the overlay on the data files and its audit trail. */
@Entity('lexicon_edit')
export class LexiconEditEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Order of all edits; bigint, read as a string. */
  @Column({ type: 'bigint', insert: false, update: false })
  revision: string;

  @Column()
  groupId: string;

  @Column()
  chainId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  action: LexiconEditAction;

  /** The group after the edit; null when deleted. */
  @Column({ type: 'jsonb', nullable: true })
  groupData: TermGroup | null;

  @Column({ type: 'jsonb', nullable: true })
  previous: TermGroup | null;

  /** Terms whose meaning the edit changed (old and new terms, those of narrower groups when a link moved): listings using them are re-indexed. */
  @Column({ type: 'text', array: true })
  affectedTerms: string[];

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  editedBy: string;

  @Column({ type: 'timestamptz', insert: false, update: false })
  editedAt: Date;
}
