import { computeUsccCheckCharacter } from '@chainmatch/enterprises';
import { graphql } from '../gql/index.js';
import type { CreateListingInput } from '../gql/graphql.js';
import type { GraphQLClient } from './graphql-client.js';

let serial = 0;

/** A valid USCC registered in `divisionCode`, unique within the run. */
export function validUscc(divisionCode = '320506'): string {
  serial += 1;
  const organisation = `MA${String(serial).padStart(6, '0')}`.slice(0, 8) + 'X';
  const body = `91${divisionCode}${organisation}`;
  return body + computeUsccCheckCharacter(body);
}

/** What the listing tests read of a listing: declared for codegen, spread as `...ListingFields` in an operation. */
graphql(`fragment ListingFields on Listing {
  id kind status title version validFrom validUntil publishedAt closedAt
  segment { id } chain { id } county { adcode } city { adcode } province { adcode } location { lat lng }
  quantity { amount unit { code } basis } priceRange { minCny maxCny unit { code } } leadTimeDays certifications
  mandatoryCertifications keywords
  serviceArea { wholeRegion radiusKm provinces { adcode } } enterprise { id } }`);

const CREATE_LISTING = graphql(`mutation CreateListing($input: CreateListingInput!) { createListing(input: $input) { ...ListingFields } }`);

export function listingInput(enterpriseId: string, overrides: Partial<CreateListingInput> = {}): CreateListingInput {
  return {
    enterpriseId,
    kind: 'SUPPLY',
    title: '供应QFN封装测试服务，月产能300万颗',
    description: '提供QFN/DFN封装与成品测试，良率99.5%以上，可承接车规级产品。',
    segmentId: 'ic.packaging',
    keywords: ['QFN', '封装测试', 'packaging'],
    quantity: { amount: 3_000_000, unit: 'pcs', basis: 'PER_MONTH' },
    priceRange: { minCny: 0.05, maxCny: 0.2, unit: 'pcs' },
    leadTimeDays: 21,
    certifications: ['IATF 16949', 'ISO 9001'],
    ...overrides,
  };
}

/** Creates a listing through the API and returns it with the ListingFields fragment. */
export async function createListing(client: GraphQLClient, input: CreateListingInput) {
  const { createListing } = await client.data(CREATE_LISTING, { input });
  return createListing;
}
