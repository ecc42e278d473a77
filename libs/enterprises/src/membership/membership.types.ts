import { NewAccountInput } from '@chainmatch/auth';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, Length, ValidateNested } from 'class-validator';
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
