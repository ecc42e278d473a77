import { MatchEntity } from '@chainmatch/matching';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Reads the match an event is about, fresh for each event (no request cache: events outlive requests). */
@Injectable()
export class MatchReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findById(id: string): Promise<MatchEntity | null> {
    return this.dataSource.getRepository(MatchEntity).findOneBy({ id });
  }
}
