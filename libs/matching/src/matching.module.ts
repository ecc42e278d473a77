import { Module } from '@nestjs/common';

/** Suggestions, persisted matches and their curation. */
@Module({})
export class MatchingModule {}
