import { Button, Card, Checkbox, Radio, Space, Typography } from 'antd';
import type { ListingKind, SearchListingsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/zh';
import { MULTI_FACETS, type MultiFacet, type SearchState } from './search-state';

type Facets = SearchListingsQuery['searchListings']['facets'];
type Facet = { value: string; count: number; nameZh?: string | null; nameEn?: string | null };

const FACET_OF: Record<MultiFacet, { key: Exclude<keyof Facets, '__typename' | 'kind'>; label: keyof Messages['search'] }> = {
  chainIds: { key: 'chain', label: 'chain' },
  segmentIds: { key: 'segment', label: 'segment' },
  provinceAdcodes: { key: 'province', label: 'province' },
  cityAdcodes: { key: 'city', label: 'city' },
};

interface Props {
  state: SearchState;
  facets?: Facets;
  onChange(change: Partial<SearchState>): void;
}

/** One group per facet: values of a group are ORed, groups are ANDed; chosen values stay shown even at zero. */
export function SearchFacets({ state, facets, onChange }: Props) {
  const { t, name } = useI18n();
  const label = (facet: Facet) => `${facet.nameZh ? name({ nameZh: facet.nameZh, nameEn: facet.nameEn }) : facet.value} (${facet.count})`;
  const kindCount = (kind: ListingKind) => facets?.kind.find((facet) => facet.value === kind)?.count ?? 0;
  const filtered = state.kind || MULTI_FACETS.some((facet) => state[facet].length > 0);

  return (
    <Card size="small" title={<h2 className="facets-title">{t.search.filters}</h2>}
      extra={filtered && <Button size="small" type="link" onClick={() => onChange({ kind: undefined, chainIds: [], segmentIds: [], provinceAdcodes: [], cityAdcodes: [] })}>{t.search.clearFilters}</Button>}>
      <Typography.Paragraph type="secondary" className="facets-hint">{t.search.facetsHint}</Typography.Paragraph>
      <fieldset className="facet">
        <legend>{t.search.kind}</legend>
        <Radio.Group value={state.kind ?? 'ANY'} onChange={(event) => onChange({ kind: event.target.value === 'ANY' ? undefined : event.target.value })}>
          <Space orientation="vertical" size={2}>
            <Radio value="ANY">{t.common.any}</Radio>
            <Radio value="SUPPLY">{t.kinds.SUPPLY} ({kindCount('SUPPLY')})</Radio>
            <Radio value="DEMAND">{t.kinds.DEMAND} ({kindCount('DEMAND')})</Radio>
          </Space>
        </Radio.Group>
      </fieldset>
      {MULTI_FACETS.map((field) => {
        const counted = facets?.[FACET_OF[field].key] ?? [];
        const chosenAtZero = state[field].filter((value) => !counted.some((facet) => facet.value === value)).map((value) => ({ value, count: 0 }));
        const values = [...counted, ...chosenAtZero];
        if (values.length === 0) return null;
        return (
          <fieldset className="facet" key={field}>
            <legend>{t.search[FACET_OF[field].label]}</legend>
            <Checkbox.Group value={state[field]} onChange={(chosen) => onChange({ [field]: chosen as string[] })}>
              <Space orientation="vertical" size={2}>
                {values.slice(0, 12).map((facet) => <Checkbox key={facet.value} value={facet.value}>{label(facet)}</Checkbox>)}
              </Space>
            </Checkbox.Group>
          </fieldset>
        );
      })}
    </Card>
  );
}
