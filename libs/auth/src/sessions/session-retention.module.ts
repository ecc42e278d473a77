import { Module } from '@nestjs/common';
import { SessionRetentionSweeper } from './session-retention.sweeper.js';

/** The session sweeper alone: a sweepers process needs the database, not the token machinery of AuthModule. */
@Module({
  providers: [SessionRetentionSweeper],
  exports: [SessionRetentionSweeper],
})
export class SessionRetentionModule {}
