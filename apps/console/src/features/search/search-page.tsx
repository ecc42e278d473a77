import { Alert, Button, Checkbox, Col, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { SearchSort } from '../../gql/graphql';
import { format, useI18n } from '../../i18n/i18n';
import { useReferenceData } from '../../shared/reference-data';
import { SearchFacets } from './search-facets';
import { SearchResults } from './search-results';
import { readSearchState, searchInput, writeSearchState, type SearchState } from './search-state';
import './search.css';

const PAGE_SIZE = 10;

const SEARCH = graphql(`
  query SearchListings($input: SearchListingsInput, $first: Int, $after: String) {
    searchListings(input: $input, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      facets {
        kind { value count }
        chain { value count nameZh nameEn }
        segment { value count nameZh nameEn }
        province { value count nameZh nameEn }
        city { value count nameZh nameEn }
      }
      edges {
        cursor
        distanceKm
        highlights { field text matches { start length } }
        node {
          id kind title
          segment { id nameZh nameEn }
          city { adcode nameZh nameEn }
          province { adcode nameZh nameEn }
          enterprise { id nameZh nameEn verified }
          quantity { amount basis unit { nameZh nameEn nameEnOne } }
          priceRange { minCny maxCny unit { nameZh nameEn nameEnOne } }
          publishedAt
        }
      }
    }
  }
`);

export type SearchResult = NonNullable<ReturnType<typeof useSearch>['data']>['searchListings'];

function useSearch(state: SearchState, ready: boolean, cities: Parameters<typeof searchInput>[1]) {
  const variables = useMemo(() => ({ input: searchInput(state, cities), first: PAGE_SIZE, after: state.after }), [state, cities]);
  const [result] = useQuery({ query: SEARCH, variables, pause: !ready });
  return result;
}

/** Full-text search of active listings with facets (AND across, OR within), a radius around a city, sorting and pages. */
export default function SearchPage() {
  const { t, name } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSearchState(params), [params]);
  const reference = useReferenceData();
  const cities = useMemo(() => reference?.provinces.flatMap((province) => province.cities) ?? [], [reference]);
  const { data, fetching, error } = useSearch(state, Boolean(reference) || !state.nearCity, cities);
  // While the next page or filter loads, the last results stay (dimmed by `loading`) rather than vanish.
  const last = useRef(data?.searchListings);
  if (data) last.current = data.searchListings;
  const result = last.current;

  /** Any change of the search starts again at its first page. */
  const update = (change: Partial<SearchState>) => setParams(writeSearchState({ ...state, ...change, after: undefined, before: [] }));
  const nextPage = () => setParams(writeSearchState({ ...state, after: result?.pageInfo.endCursor ?? undefined, before: [...state.before, state.after ?? ''] }));
  const previousPage = () => setParams(writeSearchState({ ...state, after: state.before.at(-1) || undefined, before: state.before.slice(0, -1) }));

  const sortOptions: { value: SearchSort; label: string; disabled?: boolean }[] = [
    { value: 'RELEVANCE', label: t.search.sortRelevance },
    { value: 'NEWEST', label: t.search.sortNewest },
    { value: 'DISTANCE', label: t.search.sortDistance, disabled: !state.nearCity },
  ];

  return (
    <div className="search-page">
      <Typography.Title level={1} className="page-title">{t.search.title}</Typography.Title>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <Input.Search
          aria-label={t.search.title}
          placeholder={t.search.placeholder}
          defaultValue={state.text}
          key={state.text}
          enterButton={t.search.button}
          size="large"
          allowClear
          onSearch={(text) => update({ text })}
        />
      </form>
      <Space wrap className="search-tools">
        <label>
          {t.search.near}{' '}
          <Select
            className="search-near"
            aria-label={t.search.near}
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t.search.nearAny}
            value={state.nearCity}
            onChange={(nearCity) => update({ nearCity, sort: nearCity ? 'DISTANCE' : undefined })}
            options={cities.map((city) => ({ value: city.adcode, label: name({ nameZh: city.nameZh, nameEn: city.nameEnUnique }) }))}
          />
        </label>
        <label>
          {t.search.radius}{' '}
          <InputNumber aria-label={t.search.radius} min={1} max={2000} value={state.radiusKm} disabled={!state.nearCity}
            onChange={(radiusKm) => update({ radiusKm: radiusKm ?? undefined })} />
        </label>
        <label>
          {t.search.sort}{' '}
          <Select className="search-sort" aria-label={t.search.sort} value={state.sort ?? (state.text ? 'RELEVANCE' : 'NEWEST')}
            onChange={(sort) => update({ sort })} options={sortOptions} />
        </label>
        <Checkbox checked={state.verifiedOnly} onChange={(event) => update({ verifiedOnly: event.target.checked })}>
          {t.search.verifiedOnly}
        </Checkbox>
      </Space>
      {error && <Alert type="error" title={error.message} showIcon />}
      <Row gutter={[24, 16]}>
        <Col xs={24} md={7}>
          <SearchFacets state={state} facets={result?.facets} onChange={update} />
        </Col>
        <Col xs={24} md={17}>
          <SearchResults result={result} loading={fetching} nearCity={cities.find((city) => city.adcode === state.nearCity)} />
          <Space className="search-pager">
            <Button onClick={previousPage} disabled={state.before.length === 0}>{t.common.previous}</Button>
            <span aria-live="polite">{format(t.common.page, { n: state.before.length + 1 })}</span>
            <Button onClick={nextPage} disabled={!result?.pageInfo.hasNextPage}>{t.common.next}</Button>
          </Space>
        </Col>
      </Row>
    </div>
  );
}
