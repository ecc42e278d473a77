import { PageArgs } from '@chainmatch/core';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';

@InputType({ description: 'Every given condition must hold.' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'The mutation, e.g. `updateListing`.' })
  @IsOptional() @Length(1, 100)
  action?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  actorUserId?: string;

  @Field(() => String, { nullable: true, description: 'LISTING, ENTERPRISE, ALLIANCE, USER …' })
  @IsOptional() @Length(1, 40)
  targetType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional() @IsUUID()
  targetId?: string;

  @Field(() => String, { nullable: true, description: 'OK or an error code.' })
  @IsOptional() @Length(1, 40)
  outcome?: string;

  @Field({ nullable: true, description: 'Entries at or after this moment.' })
  @IsOptional()
  from?: Date;

  @Field({ nullable: true, description: 'Entries before this moment.' })
  @IsOptional()
  to?: Date;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => AuditLogFilter)
  filter?: AuditLogFilter | null;
}
