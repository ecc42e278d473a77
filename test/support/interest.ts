import { graphql } from '../gql/index.js';
import type { CreateListingInput } from '../gql/graphql.js';
import type { Member } from './accounts.js';
import { publishListing } from './search.js';

/** What the interest tests read of an interest: declared for codegen, spread as `...InterestFields` in an operation. */
graphql(`fragment InterestFields on Interest { id status message declineReason version createdAt expiresAt answeredAt withdrawnAt
  listing { id } ownerEnterprise { id } senderEnterprise { id } }`);

export const EXPRESS = graphql(`mutation ExpressInterest($listingId: ID!, $message: String!) {
  expressInterest(listingId: $listingId, message: $message) { ...InterestFields } }`);
export const ACCEPT = graphql(`mutation AcceptInterest($id: ID!, $v: Int!) { acceptInterest(id: $id, expectedVersion: $v) { ...InterestFields } }`);
export const DECLINE = graphql(`mutation DeclineInterest($id: ID!, $v: Int!, $reason: String) {
  declineInterest(id: $id, expectedVersion: $v, reason: $reason) { ...InterestFields } }`);
export const WITHDRAW = graphql(`mutation WithdrawInterest($id: ID!, $v: Int!) { withdrawInterest(id: $id, expectedVersion: $v) { ...InterestFields } }`);
export const INTEREST = graphql(`query Interest($id: ID!) { interest(id: $id) { ...InterestFields } }`);

/** An ACTIVE listing of the member's enterprise, created and published over the API. */
export async function activeListingOf(member: Member, overrides: Partial<CreateListingInput> = {}): Promise<string> {
  return (await publishListing(member, overrides)).id;
}

/** `sender` expresses interest in `listingId`; returns the interest with the InterestFields fragment. */
export async function expressInterest(sender: Member, listingId: string, message = '我司可提供长期稳定的QFN封装产能，希望进一步沟通。') {
  return (await sender.graphql.data(EXPRESS, { listingId, message })).expressInterest;
}
