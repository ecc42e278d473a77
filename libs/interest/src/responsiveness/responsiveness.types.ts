import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'How promptly an enterprise answers interest in its listings, over the last 180 days. Interest that expired '
    + 'unanswered counts as taking the whole expiry period.',
})
export class EnterpriseResponsiveness {
  @Field(() => Float, { nullable: true, description: 'Median hours from interest to answer; null without any answered or expired interest.' })
  medianResponseHours: number | null;

  @Field(() => Int, { description: 'Interest accepted or declined in the window.' })
  answeredCount: number;

  @Field(() => Int, { description: 'Interest that expired unanswered in the window.' })
  expiredCount: number;
}
