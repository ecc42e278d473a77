import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../../gql';
import type { ClusterFilter, IndustrialClusterFieldsFragment } from '../../../gql/graphql';

graphql(`
  fragment IndustrialClusterFields on IndustrialCluster {
    id stage previousStage enterprises liveListings listingChange locationQuotient stagesPresent takenAt
    chain { id nameZh nameEn }
    city { adcode nameZh nameEnUnique location { lat lng } }
    evidence { code decisive sentenceZh sentenceEn }
  }
`);

const CLUSTERS = graphql(`
  query InsightClusters($filter: ClusterFilter, $first: Int, $after: String) {
    industrialClusters(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...IndustrialClusterFields } }
    }
  }
`);

const PAGE_SIZE = 100;
/** 11 chains × 41 cities: a map never needs more than this many pages. */
const MAX_PAGES = 5;

interface ClustersState {
  clusters?: IndustrialClusterFieldsFragment[];
  error?: Error;
}

/** Every cluster under the filter (a map shows them all), read a page at a time over one snapshot. */
export function useAllClusters(filter: ClusterFilter, reloadTick: number): ClustersState {
  const client = useClient();
  const [state, setState] = useState<ClustersState>({});
  const key = JSON.stringify(filter);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const clusters: IndustrialClusterFieldsFragment[] = [];
      let after: string | null | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await client.query(CLUSTERS, { filter: JSON.parse(key) as ClusterFilter, first: PAGE_SIZE, after }, { requestPolicy: 'network-only' }).toPromise();
        if (result.error) throw result.error;
        const connection = result.data!.industrialClusters;
        clusters.push(...connection.edges.map((edge) => edge.node));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      return clusters;
    })().then((clusters) => !cancelled && setState({ clusters }), (error: Error) => !cancelled && setState({ error }));
    return () => {
      cancelled = true;
    };
  }, [client, key, reloadTick]);
  return state;
}
