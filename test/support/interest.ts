import type { Member } from './accounts.js';
import { createListing, listingInput } from './factories.js';

export const INTEREST_FIELDS = `id status message declineReason version createdAt expiresAt answeredAt withdrawnAt
  listing { id } ownerEnterprise { id } senderEnterprise { id }`;

export const EXPRESS = `mutation($listingId: ID!, $message: String!) {
  expressInterest(listingId: $listingId, message: $message) { ${INTEREST_FIELDS} } }`;
export const ACCEPT = `mutation($id: ID!, $v: Int!) { acceptInterest(id: $id, expectedVersion: $v) { ${INTEREST_FIELDS} } }`;
export const DECLINE = `mutation($id: ID!, $v: Int!, $reason: String) {
  declineInterest(id: $id, expectedVersion: $v, reason: $reason) { ${INTEREST_FIELDS} } }`;
export const WITHDRAW = `mutation($id: ID!, $v: Int!) { withdrawInterest(id: $id, expectedVersion: $v) { ${INTEREST_FIELDS} } }`;
export const INTEREST = `query($id: ID!) { interest(id: $id) { ${INTEREST_FIELDS} } }`;

/** An ACTIVE listing of the member's enterprise, created and published over the API. */
export async function activeListingOf(member: Member, overrides: Record<string, unknown> = {}): Promise<string> {
  const { id } = await createListing(member.graphql, listingInput(member.enterpriseId, overrides));
  await member.graphql.data(`mutation($id: ID!) { publishListing(id: $id, expectedVersion: 1) { id } }`, { id });
  return id;
}

/** `sender` expresses interest in `listingId`; returns the interest with INTEREST_FIELDS. */
export async function expressInterest(sender: Member, listingId: string, message = '我司可提供长期稳定的QFN封装产能，希望进一步沟通。') {
  return (await sender.graphql.data(EXPRESS, { listingId, message })).expressInterest;
}
