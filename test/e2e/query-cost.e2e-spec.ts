import { TaxonomyService, type Segment } from '@chainmatch/chains';
import { AppConfig } from '@chainmatch/config';
import { RegionDirectory } from '@chainmatch/regions';
import { UnitDirectory } from '@chainmatch/units';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType, getNullableType, isCompositeType, isListType, isObjectType, Kind, parse,
  type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { startApiProcess } from '../../apps/api/src/bench/api-process.js';
import { API_FIELD_COSTS, costOf } from '../../apps/api/src/graphql/query-limits/field-costs.js';
import { fieldsReturned } from '../../apps/api/src/graphql/query-limits/limits-test-schema.js';
import { measureOperation, type OperationMeasure } from '../../apps/api/src/graphql/query-limits/measure-operation.js';
import { GraphQLClient } from '../support/graphql-client.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

type Step = 'upstream' | 'downstream';
const ALTERNATING = (steps: number): Step[] => Array.from({ length: steps }, (_, i) => (i % 2 === 0 ? 'upstream' : 'downstream'));

/**
 * `chains { segments { upstream { downstream { … { id } } } } }`: the audit's fan-out over the chain
 * graph. The leaf selects the id alone: with cross-chain feeds (up to 8 downstream) two steps
 * selecting two fields each would be estimated past the budget at the graph's worst-case sizes.
 */
function fanOutQuery(steps: Step[], aliases = 1): string {
  const inner = steps.reduceRight((selection, step) => `${step} { ${selection} }`, 'id');
  return `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: chains { segments { ${inner} } }`).join(' ')} }`;
}

/** Peak resident memory of a process since the last reset, in MB (Linux). */
const peakRssMb = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const resetPeakRss = (pid: number) => writeFileSync(`/proc/${pid}/clear_refs`, '5');
/** Settings for an API that does nothing but answer requests: no background loop runs beside the queries. */
const QUIET = { INSIGHT_RECOMPUTE_IN_PROCESS: 'false', MATCH_WORKER_IN_PROCESS: 'false', SEARCH_WORKER_IN_PROCESS: 'false', SWEEPERS_IN_PROCESS: 'false' };

describe('query cost: every list costed for what it returns, counting and aliases included', () => {
  let api: TestApi;
  let schema: GraphQLSchema;
  let maxComplexity: number;
  let taxonomy: TaxonomyService;

  const measure = (source: string, variables?: Record<string, unknown>): OperationMeasure => {
    const document = parse(source);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const model = { defaultPageSize: 20, maxPageSize: api.app.get(AppConfig).get('PAGE_SIZE_MAX'), fields: API_FIELD_COSTS };
    return measureOperation(schema, document, operation, variables, model);
  };

  /** What the fan-out query returns, computed from the chain graph: its fields and its objects. */
  const fanOutSize = (steps: Step[]) => {
    const next = (segment: Segment, step: Step) => (step === 'upstream' ? taxonomy.upstreamOf(segment.id) : taxonomy.downstreamOf(segment.id));
    const fieldsBelow = (segment: Segment, [step, ...rest]: Step[]): number =>
      step ? 1 + next(segment, step).reduce((sum, s) => sum + fieldsBelow(s, rest), 0) : 1;
    const objectsBelow = (segment: Segment, [step, ...rest]: Step[]): number =>
      step ? next(segment, step).reduce((sum, s) => sum + 1 + objectsBelow(s, rest), 0) : 0;
    const segmentsOf = () => taxonomy.listChains().map((chain) => taxonomy.segmentsOfChain(chain.id));
    return {
      fields: 1 + segmentsOf().reduce((sum, segments) => sum + 1 + segments.reduce((f, s) => f + fieldsBelow(s, steps), 0), 0),
      objects: segmentsOf().reduce((sum, segments) => sum + 1 + segments.reduce((o, s) => o + 1 + objectsBelow(s, steps), 0), 0),
    };
  };

  beforeAll(async () => {
    api = await startTestApi({ env: QUIET });
    schema = api.app.get(GraphQLSchemaHost).schema;
    maxComplexity = api.app.get(AppConfig).get('GRAPHQL_MAX_COMPLEXITY');
    taxonomy = api.app.get(TaxonomyService);
  });
  afterAll(() => api.close());

  it('declares the size of every list that takes no `first` (a new list must say what it returns)', () => {
    const undeclared = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) => Object.values(type.getFields())
        .filter((field) => isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type)))
        .filter((field) => !field.args.some((arg) => arg.name === 'first') && !(field.name === 'edges' && type.name.endsWith('Connection')))
        .filter((field) => costOf(API_FIELD_COSTS, type.name, field.name).items === undefined)
        .map((field) => `${type.name}.${field.name}`));
    expect(undeclared).toEqual([]);
  });

  it('declares reference lists at least as long as the data makes them', () => {
    const regions = api.app.get(RegionDirectory);
    const chains = taxonomy.listChains();
    const segments = chains.flatMap((chain) => taxonomy.segmentsOfChain(chain.id));
    const largest = (sizes: number[]) => Math.max(...sizes);
    const actual: Record<string, number> = {
      'Query.chains': chains.length,
      'Chain.segments': largest(chains.map((chain) => taxonomy.segmentsOfChain(chain.id).length)),
      'Segment.upstream': largest(segments.map((s) => taxonomy.upstreamOf(s.id).length)),
      'Segment.downstream': largest(segments.map((s) => taxonomy.downstreamOf(s.id).length)),
      'Segment.equivalents': largest(segments.map((s) => taxonomy.equivalentsOf(s.id).length)),
      'Query.units': api.app.get(UnitDirectory).catalogue.units().length,
      'Segment.industryClasses': largest(segments.map((s) => s.industryClasses.length)),
      'Query.provinces': regions.listProvinces().length,
      'Query.cities': regions.listCities().length,
      'Province.cities': largest(regions.listProvinces().map((p) => regions.listCities(p.adcode).length)),
      'City.counties': largest(regions.listCities().map((c) => regions.listCounties(c.adcode).length)),
      'SearchFacets.chain': chains.length,
      'SearchFacets.segment': segments.length,
      'SearchFacets.province': regions.listProvinces().length,
      'SearchFacets.city': regions.listCities().length,
    };
    for (const [field, size] of Object.entries(actual)) {
      const [typeName, fieldName] = field.split('.');
      expect({ field, declaredAtLeastActual: costOf(API_FIELD_COSTS, typeName, fieldName).items! >= size }).toEqual({ field, declaredAtLeastActual: true });
    }
  });

  it.each([
    ['the chain map', fanOutQuery([])],
    ['two steps along the chain graph', fanOutQuery(ALTERNATING(2))],
    ['the region', '{ provinces { adcode nameZh cities { adcode nameZh counties { adcode nameZh city { nameZh } } } } }'],
    ['all cities', '{ cities { adcode nameEnUnique province { nameZh } location { lat lng } } }'],
    ['a list with its count', '{ listings(first: 100) { totalCount pageInfo { hasNextPage } edges { cursor node { id title } } } }'],
  ])('estimates at least what %s really returns', async (_name, query) => {
    const estimate = measure(query).complexity!;
    expect(estimate).toBeLessThanOrEqual(maxComplexity);
    expect(estimate).toBeGreaterThanOrEqual(fieldsReturned(await api.graphql.data(query)));
  });

  it('knows what the fan-out returns: the formula matches the API', async () => {
    const steps = ALTERNATING(2);
    expect(fieldsReturned(await api.graphql.data(fanOutQuery(steps)))).toBe(fanOutSize(steps).fields);
  });

  it('refuses before execution a query returning ten times more objects than the budget allows', async () => {
    const steps = ALTERNATING(7); // as deep as GRAPHQL_MAX_DEPTH lets it go
    const objectsPerAlias = fanOutSize(steps).objects;
    const aliases = Math.ceil((10 * maxComplexity) / objectsPerAlias);
    expect(aliases * objectsPerAlias).toBeGreaterThanOrEqual(10 * maxComplexity);
    const response = await api.graphql.request(fanOutQuery(steps, aliases));
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxComplexity });
  });

  it('costs counting, facets and suggestions for what they do, and adds up their aliases', () => {
    const aliased = (times: number, field: string) => `{ ${Array.from({ length: times }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    const facets = 'facets { kind { value count } chain { value count } segment { value count } province { value count } city { value count } }';
    const suggestion = `matchesForListing(listingId: "${randomUUID()}", first: 1) { score }`;
    expect(measure(aliased(500, 'listings(first: 0) { totalCount }')).complexity).toBeGreaterThan(maxComplexity);
    expect(measure(aliased(50, `searchListings(first: 0) { totalCount ${facets} }`)).complexity).toBeGreaterThan(maxComplexity);
    expect(measure(aliased(20, suggestion)).complexity).toBeGreaterThan(maxComplexity);
    // One of each is an ordinary request.
    expect(measure(aliased(1, `searchListings(first: 20) { totalCount ${facets} edges { node { id } } }`)).complexity).toBeLessThanOrEqual(maxComplexity);
    expect(measure(aliased(1, suggestion)).complexity).toBeGreaterThanOrEqual(1000);
  });

  it('keeps the API\'s memory bounded under the audit\'s worst query (100 aliases of the deepest fan-out)', async () => {
    const worst = fanOutQuery(ALTERNATING(7), 100); // ~2.4 million fields if it ran
    const heaviestAllowed = fanOutQuery(ALTERNATING(1), Math.floor(maxComplexity / measure(fanOutQuery(ALTERNATING(1))).complexity!));
    expect(measure(heaviestAllowed).complexity).toBeLessThanOrEqual(maxComplexity);
    // The API in a process of its own, as in production: the memory measured is the server's alone,
    // not that of a test process that has run other files before this one.
    execFileSync(process.execPath, ['apps/api/build-api.mjs'], { stdio: 'pipe' });
    const server = await startApiProcess(api.databaseUrl, { ...QUIET, NODE_ENV: 'development', LOG_LEVEL: 'error' });
    try {
      const client = new GraphQLClient(server.graphqlUrl);
      resetPeakRss(server.pid);
      const before = peakRssMb(server.pid);
      const responses = await Promise.all([worst, worst, heaviestAllowed, heaviestAllowed].map((query) => client.request(query)));
      const growthMb = peakRssMb(server.pid) - before;
      expect(responses.map((r) => r.status)).toEqual([400, 400, 200, 200]);
      console.log(`peak memory growth of the API process under the worst query (twice) and the heaviest allowed one (twice): ${growthMb.toFixed(1)} MB`);
      expect(growthMb).toBeLessThan(100);
    } finally {
      await server.stop();
    }
  });
});
