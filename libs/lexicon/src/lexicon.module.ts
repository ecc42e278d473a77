import { ChainsModule } from '@chainmatch/chains';
import { Module } from '@nestjs/common';
import { LexiconEditService } from './edits/lexicon-edit.service.js';
import { LexiconEditResolver } from './graphql/lexicon-edit.resolver.js';
import { LexiconGroupFieldsResolver } from './graphql/lexicon-group-fields.resolver.js';
import { LexiconQueryService } from './graphql/lexicon-query.service.js';
import { LexiconResolver } from './graphql/lexicon.resolver.js';
import { LexiconService } from './lexicon.service.js';

/** The lexicon for search and matching (LexiconService), without the GraphQL API: what command-line tools need. */
@Module({
  imports: [ChainsModule],
  providers: [LexiconService],
  exports: [LexiconService],
})
export class LexiconCoreModule {}

/** The lexicon in the API: queries, staff edits with their audit trail. */
@Module({
  imports: [LexiconCoreModule],
  providers: [LexiconQueryService, LexiconEditService, LexiconResolver, LexiconEditResolver, LexiconGroupFieldsResolver],
  exports: [LexiconCoreModule],
})
export class LexiconModule {}
