import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** What every row of a snapshot table has: its id, its snapshot and the moment it describes. */
export abstract class SnapshotRowEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'bigint' })
  snapshotId: string;

  @Column({ type: 'timestamptz', precision: 3 })
  takenAt: Date;
}

@ObjectType({ isAbstract: true })
export abstract class SnapshotRowType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The moment the figures describe (the snapshot\'s).' })
  takenAt: Date;
}
