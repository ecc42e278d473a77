import { App, Button, Card, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { refusalOf } from '../../api/errors';
import { knownReason } from '../../api/refusal-reasons';
import { graphql } from '../../gql';
import type { MatchDismissReason, MatchOutcome, MatchStatus } from '../../gql/graphql';
import { format, useI18n } from '../../i18n/i18n';
import { showRefusal } from '../../shared/form-errors';

const SHORTLIST = graphql(`mutation ShortlistMatch($id: ID!, $expectedVersion: Int!, $note: String) {
  shortlistMatch(id: $id, expectedVersion: $expectedVersion, note: $note) { id status version nextSteps } }`);
const DISMISS = graphql(`mutation DismissMatch($id: ID!, $expectedVersion: Int!, $reason: MatchDismissReason!, $note: String) {
  dismissMatch(id: $id, expectedVersion: $expectedVersion, reason: $reason, note: $note) { id status version nextSteps } }`);
const INTRODUCE = graphql(`mutation IntroduceMatch($id: ID!, $expectedVersion: Int!, $note: String!) {
  introduceMatch(id: $id, expectedVersion: $expectedVersion, note: $note) { id status version nextSteps } }`);
const OUTCOME = graphql(`mutation RecordMatchOutcome($id: ID!, $expectedVersion: Int!, $outcome: MatchOutcome!, $orderAmountCny: Float, $noDealReason: String, $note: String) {
  recordMatchOutcome(id: $id, expectedVersion: $expectedVersion, outcome: $outcome, orderAmountCny: $orderAmountCny, noDealReason: $noDealReason, note: $note) { id status version nextSteps } }`);

const DISMISS_REASONS: MatchDismissReason[] = ['NOT_RELEVANT', 'DUPLICATE', 'OUT_OF_REGION', 'CAPACITY_MISMATCH', 'PRICE_MISMATCH', 'OTHER'];

interface Values {
  note?: string;
  reason?: MatchDismissReason;
  orderAmountCny?: number;
  noDealReason?: string;
}

interface Props {
  match: { id: string; version: number; nextSteps: readonly MatchStatus[] };
  onDone(): void;
}

/** The steps the API offers this curator now (Match.nextSteps), each asking for what it needs. */
export function CurationActions({ match, onDone }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [step, setStep] = useState<MatchStatus>();
  const [form] = Form.useForm<Values>();
  const [shortlisted, shortlist] = useMutation(SHORTLIST);
  const [dismissed, dismiss] = useMutation(DISMISS);
  const [introduced, introduce] = useMutation(INTRODUCE);
  const [recorded, record] = useMutation(OUTCOME);
  const busy = shortlisted.fetching || dismissed.fetching || introduced.fetching || recorded.fetching;

  const label = (status: MatchStatus) =>
    status === 'SHORTLISTED' ? t.curation.shortlist : status === 'DISMISSED' ? t.curation.dismiss
      : status === 'INTRODUCED' ? t.curation.introduce : format(t.curation.recordOutcome, { outcome: t.curation.outcomes[status as MatchOutcome] });

  const submit = async (values: Values) => {
    const target = { id: match.id, expectedVersion: match.version, note: values.note || undefined };
    const result = step === 'SHORTLISTED' ? await shortlist(target)
      : step === 'DISMISSED' ? await dismiss({ ...target, reason: values.reason! })
        : step === 'INTRODUCED' ? await introduce({ ...target, note: values.note ?? '' })
          : await record({ ...target, outcome: step as MatchOutcome, orderAmountCny: values.orderAmountCny, noDealReason: values.noDealReason });
    if (result.error) {
      if (refusalOf(result.error)?.reason === knownReason('STALE_VERSION')) {
        void message.warning(t.curation.stale);
        setStep(undefined);
        return onDone();
      }
      return showRefusal(t, result.error, form, (text) => void message.error(text));
    }
    void message.success(format(t.curation.done, { status: t.matchStatuses[step!] }));
    setStep(undefined);
    form.resetFields();
    onDone();
  };

  return (
    <Card title={<h2 className="card-title">{t.common.actions}</h2>}>
      <Space wrap>
        {match.nextSteps.map((status) => (
          <Button key={status} type={status === 'DISMISSED' || status === 'NO_DEAL' ? 'default' : 'primary'} danger={status === 'DISMISSED'}
            onClick={() => setStep(status)}>
            {label(status)}
          </Button>
        ))}
      </Space>
      <Modal open={Boolean(step)} title={step && label(step)} onCancel={() => setStep(undefined)} onOk={() => form.submit()}
        okText={t.common.submit} cancelText={t.common.cancel} confirmLoading={busy} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          {step === 'DISMISSED' && (
            <Form.Item name="reason" label={t.curation.dismissReason} rules={[{ required: true }]}>
              <Select aria-label={t.curation.dismissReason} options={DISMISS_REASONS.map((reason) => ({ value: reason, label: t.dismissReasons[reason] }))} />
            </Form.Item>
          )}
          {step === 'ORDER_PLACED' && (
            <Form.Item name="orderAmountCny" label={t.curation.orderAmount} rules={[{ required: true }]}>
              <InputNumber min={0.01} style={{ width: '100%' }} />
            </Form.Item>
          )}
          {step === 'NO_DEAL' && (
            <Form.Item name="noDealReason" label={t.curation.noDealReason} rules={[{ required: true }]}><Input /></Form.Item>
          )}
          <Form.Item name="note" label={t.curation.note} extra={step === 'INTRODUCED' ? t.curation.noteRequired : undefined}
            rules={step === 'INTRODUCED' ? [{ required: true }] : []}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
