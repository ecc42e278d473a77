import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, Length, MaxLength } from 'class-validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const PASSWORD_RULE = { min: 10, max: 128 };
/** RFC 5321's limit on an address in a mail path: no account's email is longer. */
export const EMAIL_MAX = 254;

/** The credentials part of any new account. */
@InputType({ isAbstract: true })
export class NewAccountInput {
  @Field() @Transform(trimmed) @IsEmail() @MaxLength(EMAIL_MAX)
  email: string;

  @Field({ description: `${PASSWORD_RULE.min} to ${PASSWORD_RULE.max} characters.` })
  @Length(PASSWORD_RULE.min, PASSWORD_RULE.max)
  password: string;

  @Field() @Transform(trimmed) @Length(1, 100)
  displayName: string;
}

/**
 * Sign-in credentials, bounded like an account's: an address or password no account can have is
 * refused before it is looked up, throttled or hashed.
 */
@ArgsType()
export class LoginArgs {
  @Field() @MaxLength(EMAIL_MAX)
  email: string;

  @Field() @MaxLength(PASSWORD_RULE.max)
  password: string;
}
