import type { ReferenceDataQuery } from '../gql/graphql';

type Name = { nameZh: string; nameEn?: string | null };
type Namer = (item: Name) => string;

/** Province → city → county choices for a Cascader, named in the reader's language. */
export function countyOptions(data: ReferenceDataQuery | undefined, name: Namer) {
  return (data?.provinces ?? []).map((province) => ({
    value: province.adcode,
    label: name(province),
    children: province.cities.map((city) => ({
      value: city.adcode,
      label: name({ nameZh: city.nameZh, nameEn: city.nameEnUnique }),
      children: city.counties.map((county) => ({ value: county.adcode, label: name({ nameZh: county.nameZh, nameEn: county.nameEnFull }) })),
    })),
  }));
}

/** Chain → segment choices for a Cascader or TreeSelect. */
export function segmentOptions(data: ReferenceDataQuery | undefined, name: Namer) {
  return (data?.chains ?? []).map((chain) => ({
    value: chain.id,
    title: name(chain),
    label: name(chain),
    selectable: false,
    children: chain.segments.map((segment) => ({ value: segment.id, title: name(segment), label: name(segment) })),
  }));
}

/** The [province, city, county] path of a county adcode (GB/T 2260: the code's own prefixes). */
export const countyPath = (adcode: string) => [`${adcode.slice(0, 2)}0000`, `${adcode.slice(0, 4)}00`, adcode];

/** The [chain, segment] path of a segment id such as `ic.packaging`. */
export const segmentPath = (segmentId: string) => [segmentId.split('.')[0], segmentId];
