import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../allow.decorator.js';
import { CurrentUser, type RequestWithUser } from '../current-user.decorator.js';
import type { AuthUser } from '../role.js';
import { LoginArgs } from './account.inputs.js';
import { AccountService, type SignedIn } from './account.service.js';
import { AuthPayload, User } from './account.types.js';

@Resolver()
export class AccountResolver {
  constructor(private readonly accounts: AccountService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in. Wrong email and wrong password get the same answer; repeated failures are slowed and then refused (RATE_LIMITED).' })
  login(@Args() { email, password }: LoginArgs, @Context() context: { req: RequestWithUser }): Promise<SignedIn> {
    return this.accounts.login(email, password, context.req.ip ?? 'unknown');
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'New tokens for a refresh token (which is then spent).' })
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<SignedIn> {
    return this.accounts.refresh(refreshToken);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: 'Ends this session: its access and refresh tokens stop working at once.' })
  async logout(@CurrentUser() user: AuthUser): Promise<boolean> {
    await this.accounts.logout(user.sessionId);
    return true;
  }

  @Authenticated()
  @Query(() => User, { description: 'The signed-in user.' })
  async me(@CurrentUser() user: AuthUser): Promise<User> {
    return (await this.accounts.findById(user.userId))!;
  }
}
