import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, Length, MaxLength } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const PASSWORD_RULE = { min: 10, max: 128 };

/** The credentials part of any new account. */
@InputType({ isAbstract: true })
export class NewAccountInput {
  @Field() @Transform(trimmed) @IsEmail() @MaxLength(254)
  email: string;

  @Field({ description: `${PASSWORD_RULE.min} to ${PASSWORD_RULE.max} characters.` })
  @Length(PASSWORD_RULE.min, PASSWORD_RULE.max)
  password: string;

  @Field() @Transform(trimmed) @Length(1, 100)
  displayName: string;
}
