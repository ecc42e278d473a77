import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useSession } from '../../api/use-session';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { showRefusal } from '../../shared/form-errors';

const EXPRESS_INTEREST = graphql(`
  mutation ExpressInterest($listingId: ID!, $message: String!) {
    expressInterest(listingId: $listingId, message: $message) { id status listing { id } }
  }
`);

/** Members tell another enterprise they are interested in its listing; the owner answers in their inbox. */
export function ExpressInterestButton({ listingId, size }: { listingId: string; size?: 'small' | 'middle' }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const session = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ message: string }>();
  const [{ fetching }, express] = useMutation(EXPRESS_INTEREST);

  if (session && session.user.role !== 'ENTERPRISE_MEMBER') return null;
  const start = () => (session ? setOpen(true) : navigate(`/sign-in?next=${encodeURIComponent(location.pathname)}`));
  const submit = async (values: { message: string }) => {
    const result = await express({ listingId, message: values.message });
    if (result.error) return showRefusal(t, result.error, form, (text) => void message.error(text));
    void message.success(t.listing.interestSent);
    setOpen(false);
    form.resetFields();
  };

  return (
    <>
      <Button type="primary" size={size} onClick={start}>{session ? t.listing.expressInterest : t.listing.signInToInterest}</Button>
      <Modal open={open} title={t.listing.expressInterest} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t.common.submit}
        cancelText={t.common.cancel} confirmLoading={fetching} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="message" label={t.listing.interestMessage} extra={t.listing.interestMessageHint} rules={[{ required: true, max: 2000 }]}>
            <Input.TextArea rows={4} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
