import { Select } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';

const UNIT_CATALOGUE = graphql(`
  query UnitCatalogue { units { code nameZh nameEn dimension { id nameZh nameEn } } }
`);

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** The control's accessible name: which unit it is (of the quantity, of the price). */
  label: string;
}

/**
 * A unit chosen from the API's unit catalogue (`units`), grouped by what it measures; searching
 * finds a unit by its Chinese or English name. The value is the unit's code.
 */
export function UnitInput({ id, value, onChange, label }: Props) {
  const { t, name } = useI18n();
  const [{ data }] = useQuery({ query: UNIT_CATALOGUE, requestPolicy: 'cache-first' });
  const groups = new Map<string, { label: string; options: { value: string; label: string; search: string }[] }>();
  for (const unit of data?.units ?? []) {
    const group = groups.get(unit.dimension.id) ?? { label: name(unit.dimension), options: [] };
    group.options.push({ value: unit.code, label: name(unit), search: `${unit.nameZh} ${unit.nameEn} ${unit.code}` });
    groups.set(unit.dimension.id, group);
  }
  return (
    <Select id={id} value={value} onChange={onChange} showSearch optionFilterProp="search" placeholder={t.listing.unitHint}
      aria-label={label} options={[...groups.values()]} style={{ minWidth: 140 }} allowClear />
  );
}
