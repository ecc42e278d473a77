import { NewAccountInput, User } from '@chainmatch/auth';
import { ConnectionType, PageArgs } from '@chainmatch/core';
import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { RegisterEnterpriseInput } from '../enterprise.inputs.js';

@InputType({ description: 'A new enterprise member: either registers `enterprise` or joins one with an `invitationCode`.' })
export class SignUpInput extends NewAccountInput {
  @Field(() => RegisterEnterpriseInput, { nullable: true })
  @IsOptional() @ValidateNested() @Type(() => RegisterEnterpriseInput)
  enterprise?: RegisterEnterpriseInput;

  @Field({ nullable: true, description: 'From a member of the enterprise (createEnterpriseInvitation).' })
  @IsOptional() @Length(20, 100)
  invitationCode?: string;
}

@ObjectType({ description: 'Give the code to the person who should join; it works once, until `expiresAt`.' })
export class EnterpriseInvitation {
  @Field()
  code: string;

  @Field(() => ID)
  enterpriseId: string;

  @Field()
  expiresAt: Date;
}

export const UserConnection = ConnectionType(User, 'User');

@ArgsType()
export class EnterpriseMembersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Staff and admins: whose members to list (required). Members: their own enterprise (may be omitted).' })
  @IsOptional() @IsUUID(undefined, { message: 'enterpriseId is not a valid id (UUID)' })
  enterpriseId?: string;
}
