import { Spin } from 'antd';
import { useI18n } from '../i18n/i18n';

/** While a page or view's code loads: a spinner announced as a status (a bare spinner has no role to name). */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <div role="status" aria-label={t.common.loading} style={{ display: 'block', margin: 48, textAlign: 'center' }}>
      <Spin />
    </div>
  );
}
