import { Alert, App, Button, Card, Cascader, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../api/use-session';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { showRefusal } from '../../shared/form-errors';
import { countyOptions, segmentOptions } from '../../shared/place-options';
import { useReferenceData } from '../../shared/reference-data';
import { DEFAULT_BASIS, formValuesOf, listingInputOf, type ListingFormValues } from './listing-form-values';
import { UnitInput } from './unit-input';

const LISTING_FOR_EDIT = graphql(`
  query ListingForEdit($id: ID!) {
    listing(id: $id) {
      id kind title description keywords certifications leadTimeDays validUntil version status
      quantity { amount basis unit { code } }
      priceRange { minCny maxCny unit { code } }
      segment { id }
      county { adcode }
      serviceArea { radiusKm provinces { adcode } }
    }
  }
`);

const CREATE_LISTING = graphql(`
  mutation CreateListing($input: CreateListingInput!) { createListing(input: $input) { id status version } }
`);

const UPDATE_LISTING = graphql(`
  mutation UpdateListing($id: ID!, $expectedVersion: Int!, $input: UpdateListingInput!) {
    updateListing(id: $id, expectedVersion: $expectedVersion, input: $input) { id status version title }
  }
`);

const BASES = ['PER_MONTH', 'PER_YEAR', 'PER_DAY', 'PER_ORDER'] as const;

/** Posting a new listing (saved as a draft) or editing one; the API's refusals appear next to their fields. */
export default function ListingFormPage() {
  const { id } = useParams();
  const { t, name } = useI18n();
  const { message } = App.useApp();
  const session = useSession();
  const navigate = useNavigate();
  const reference = useReferenceData();
  const [form] = Form.useForm<ListingFormValues>();
  const kind = Form.useWatch('kind', form);
  const [{ data, fetching: loading }] = useQuery({ query: LISTING_FOR_EDIT, variables: { id: id ?? '' }, pause: !id, requestPolicy: 'network-only' });
  const [created, create] = useMutation(CREATE_LISTING);
  const [updated, update] = useMutation(UPDATE_LISTING);
  const listing = data?.listing;

  useEffect(() => {
    if (listing) form.setFieldsValue(formValuesOf(listing));
  }, [listing, form]);

  const submit = async (values: ListingFormValues) => {
    const { kind: chosenKind, ...changes } = listingInputOf(values, id ? null : undefined);
    const result = listing
      ? await update({ id: listing.id, expectedVersion: listing.version, input: changes })
      : await create({ input: { ...changes, kind: chosenKind, enterpriseId: session!.user.enterpriseId! } });
    if (result.error) return showRefusal(t, result.error, form, (text) => void message.error(text));
    void message.success(listing ? t.listing.saved : t.listing.created);
    navigate('/enterprise');
  };

  if (id && loading && !listing) return <Skeleton active />;
  if (id && !loading && !listing) return <Alert type="warning" showIcon title={t.listing.notFound} />;
  return (
    <Card title={<Typography.Title level={1} className="page-title">{id ? t.listing.editTitle : t.listing.newTitle}</Typography.Title>}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'DEMAND', quantity: { basis: DEFAULT_BASIS } }} scrollToFirstError requiredMark="optional"
        style={{ maxWidth: 760 }}>
        <Form.Item name="kind" label={t.listing.kind} rules={[{ required: true }]}>
          <Radio.Group disabled={Boolean(id)} optionType="button"
            options={[{ value: 'DEMAND', label: t.kinds.DEMAND }, { value: 'SUPPLY', label: t.kinds.SUPPLY }]} />
        </Form.Item>
        <Form.Item name="title" label={t.listing.title} rules={[{ required: true, max: 120 }]}><Input /></Form.Item>
        <Form.Item name="description" label={t.listing.description} rules={[{ required: true }]}><Input.TextArea rows={5} /></Form.Item>
        <Form.Item name="segmentId" label={t.listing.segment} rules={[{ required: true }]}>
          <Cascader options={segmentOptions(reference, name)} showSearch aria-label={t.listing.segment} />
        </Form.Item>
        <Form.Item name="keywords" label={t.listing.keywords} extra={t.listing.keywordsHint}>
          <Select mode="tags" open={false} aria-label={t.listing.keywords} />
        </Form.Item>
        <Form.Item label={kind === 'SUPPLY' ? t.listing.quantitySupply : t.listing.quantityDemand}>
          <Space wrap>
            <Form.Item name={['quantity', 'amount']} noStyle><InputNumber min={0} aria-label={t.listing.amount} placeholder={t.listing.amount} /></Form.Item>
            <Form.Item name={['quantity', 'unit']} noStyle><UnitInput label={t.listing.unit} /></Form.Item>
            <Form.Item name={['quantity', 'basis']} noStyle>
              <Select aria-label={t.listing.basis} style={{ minWidth: 100 }}
                options={BASES.map((basis) => ({ value: basis, label: t.listing.basisNames[basis] }))} />
            </Form.Item>
          </Space>
        </Form.Item>
        <Form.Item label={t.listing.priceRange}>
          <Space wrap>
            <Form.Item name={['priceRange', 'minCny']} noStyle><InputNumber min={0} aria-label={t.listing.priceMin} placeholder={t.listing.priceMin} /></Form.Item>
            <span aria-hidden>–</span>
            <Form.Item name={['priceRange', 'maxCny']} noStyle><InputNumber min={0} aria-label={t.listing.priceMax} placeholder={t.listing.priceMax} /></Form.Item>
            <span aria-hidden>/</span>
            <Form.Item name={['priceRange', 'unit']} noStyle><UnitInput label={t.listing.priceUnit} /></Form.Item>
          </Space>
        </Form.Item>
        <Form.Item name="leadTimeDays" label={t.listing.leadTime}><InputNumber min={0} max={3650} /></Form.Item>
        <Form.Item name="certifications" label={t.listing.certifications}
          extra={kind === 'SUPPLY' ? t.listing.certificationsHintSupply : t.listing.certificationsHintDemand}>
          <Select mode="tags" open={false} aria-label={t.listing.certifications} />
        </Form.Item>
        <Form.Item name="countyAdcode" label={t.listing.county} extra={t.listing.countyHint}>
          <Cascader options={countyOptions(reference, name)} showSearch aria-label={t.listing.county} />
        </Form.Item>
        <Form.Item name="servedProvinceAdcodes" label={t.listing.servedProvinces} extra={t.listing.servedHint}>
          <Checkbox.Group options={(reference?.provinces ?? []).map((province) => ({ value: province.adcode, label: name(province) }))} />
        </Form.Item>
        <Form.Item name="serviceRadiusKm" label={t.listing.radius}><InputNumber min={1} max={2000} /></Form.Item>
        <Form.Item name="validUntil" label={t.listing.validUntil} extra={t.listing.validUntilHint}>
          <DatePicker disabledDate={(day) => day.isBefore(dayjs(), 'day') || day.isAfter(dayjs().add(365, 'day'))} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={created.fetching || updated.fetching}>{t.common.save}</Button>
          <Button onClick={() => navigate('/enterprise')}>{t.common.cancel}</Button>
        </Space>
      </Form>
    </Card>
  );
}
