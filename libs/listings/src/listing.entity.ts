import { numericTransformer } from '@chainmatch/core';
import { PlaceColumns } from '@chainmatch/regions';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VirtualColumn } from 'typeorm';

export enum ListingKind {
  SUPPLY = 'SUPPLY',
  DEMAND = 'DEMAND',
}

export enum ListingStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
  EXPIRED = 'EXPIRED',
}

/** What a quantity is counted over: capacity or need per day, month or year, or one order's worth. */
export enum QuantityBasis {
  PER_DAY = 'PER_DAY',
  PER_MONTH = 'PER_MONTH',
  PER_YEAR = 'PER_YEAR',
  PER_ORDER = 'PER_ORDER',
}

export interface SpecAttributeRecord {
  name: string;
  value: string;
}

/**
 * Every write to this table also queues the listing for the search index and for a refresh of its
 * matches, in the same transaction: triggers declared by the libs whose queues they feed
 * (search.triggers.ts, match-refresh.triggers.ts). docs/architecture.md follows a write through.
 */
@Entity({ name: 'listing' })
export class ListingEntity extends PlaceColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  enterpriseId: string;

  @Column({ type: 'enum', enum: ListingKind, enumName: 'listing_kind' })
  kind: ListingKind;

  /** As stored; ACTIVE or PAUSED past `validUntil` reads as EXPIRED (statusAsRead) until the sweeper persists it. */
  @Column({ type: 'enum', enum: ListingStatus, enumName: 'listing_status' })
  status: ListingStatus;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 80 })
  segmentId: string;

  /** The segment's chain, stored for filtering without a join. */
  @Column({ type: 'varchar', length: 40 })
  chainId: string;

  @Column({ type: 'text', array: true, default: '{}' })
  keywords: string[];

  @Column({ type: 'jsonb', default: [] })
  attributes: SpecAttributeRecord[];

  /** SUPPLY: what can be delivered; DEMAND: what is needed; each per `quantityBasis`, in `quantityUnit`. */
  @Column({ type: 'numeric', precision: 18, scale: 3, nullable: true, transformer: numericTransformer })
  quantity: number | null;

  /** Code of a unit of the catalogue (libs/units); set exactly when `quantity` is. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  quantityUnit: string | null;

  @Column({ type: 'enum', enum: QuantityBasis, enumName: 'quantity_basis', nullable: true })
  quantityBasis: QuantityBasis | null;

  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true, transformer: numericTransformer })
  priceMinCny: number | null;

  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true, transformer: numericTransformer })
  priceMaxCny: number | null;

  /** The unit the prices are per (a catalogue code); set exactly when a price is. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  priceUnit: string | null;

  @Column({ type: 'int', nullable: true })
  leadTimeDays: number | null;

  /** SUPPLY: certifications held; DEMAND: certifications wanted of the supplier (scored). */
  @Column({ type: 'text', array: true, default: '{}' })
  certifications: string[];

  /** DEMAND only: certifications a supplier must hold to be suggested at all. */
  @Column({ type: 'text', array: true, default: '{}' })
  mandatoryCertifications: string[];

  /** Provinces served (SUPPLY) or accepted (DEMAND); empty means the whole region. */
  @Column({ type: 'char', length: 6, array: true, default: '{}' })
  servedProvinceAdcodes: string[];

  @Column({ type: 'int', nullable: true })
  serviceRadiusKm: number | null;

  @Column({ type: 'timestamptz', precision: 3 })
  validFrom: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  validUntil: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  /** Why staff paused the listing (shown to its owner); cleared when the owner publishes it again. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  moderationReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  moderatedBy: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  moderatedAt: Date | null;

  /** Optimistic concurrency: every change increments it; writers state the version they read. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  /**
   * The database's clock when the row was read (the transaction's start inside one): what the
   * status is judged against (statusAsRead), so every process reads liveness on one clock.
   */
  @VirtualColumn({ type: 'timestamptz', query: () => 'SELECT now()' })
  readAt: Date;
}
