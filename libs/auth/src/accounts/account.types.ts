import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../role.js';

@ObjectType({ description: 'A signed-in person: an enterprise member, alliance staff or an administrator.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'The enterprise of an ENTERPRISE_MEMBER.' })
  enterpriseId: string | null;

  @Field(() => ID, { nullable: true, description: 'The alliance of ALLIANCE_STAFF.' })
  allianceId: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'Tokens of a new session. Send `Authorization: Bearer <accessToken>`; refresh before it expires.' })
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({ description: 'Single use: every refresh returns a new one. Keep it secret.' })
  refreshToken: string;

  @Field()
  refreshTokenExpiresAt: Date;

  @Field(() => User)
  user: User;
}
