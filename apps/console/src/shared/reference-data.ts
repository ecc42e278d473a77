import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ReferenceDataQuery } from '../gql/graphql';

const REFERENCE_DATA = graphql(`
  query ReferenceData {
    provinces {
      adcode nameZh nameEn
      cities { adcode nameZh nameEn nameEnUnique location { lat lng } counties { adcode nameZh nameEn nameEnFull } }
    }
    chains { id nameZh nameEn leadProvince { adcode nameZh nameEn } segments { id nameZh nameEn stage } }
  }
`);

export type Province = ReferenceDataQuery['provinces'][number];
export type City = Province['cities'][number];
export type Chain = ReferenceDataQuery['chains'][number];

/** Provinces → cities → counties and chains → segments: small, unchanging, read once per visit. */
export function useReferenceData(): ReferenceDataQuery | undefined {
  const [{ data }] = useQuery({ query: REFERENCE_DATA, requestPolicy: 'cache-first' });
  return data;
}
