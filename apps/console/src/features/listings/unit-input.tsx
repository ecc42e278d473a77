import { AutoComplete } from 'antd';
import { useI18n } from '../../i18n/i18n';

/** Units enterprises commonly post today, offered as suggestions while the unit stays free text. */
const COMMON_UNITS = ['pcs', '件', '片', '台', '套', 't', '吨', 'kg', 'm²', 'm', 'wafers', '颗'];

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
}

/**
 * The unit of a listing's quantity. A form control of its own (value/onChange) so that it can turn
 * into a picker over the API's unit catalogue without the listing form changing.
 */
export function UnitInput({ id, value, onChange }: Props) {
  const { t } = useI18n();
  return (
    <AutoComplete id={id} value={value} onChange={onChange} placeholder={t.listing.unitHint} aria-label={t.listing.unit}
      options={COMMON_UNITS.map((unit) => ({ value: unit }))} filterOption style={{ minWidth: 120 }} />
  );
}
