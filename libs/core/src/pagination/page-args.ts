import { ArgsType, Field, Int } from '@nestjs/graphql';

/** Relay forward pagination arguments shared by every list. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size; defaults to 20, at most the server-wide cap (100 unless configured).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string;
}

export const DEFAULT_PAGE_SIZE = 20;
