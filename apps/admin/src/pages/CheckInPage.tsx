import { Alert, Button, Card, Descriptions, Flex, Form, Input, Result, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type CheckinOutcome, checkinApiUrl, checkinOutcome } from '../activities/model';
import { useSession } from '../auth/session';
import { currentLanguage } from '../i18n';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { formatDateMinutes } from '../lib/format';

interface EventInfo {
  ok: boolean;
  open?: boolean;
  message?: string;
  activity?: { title: string; startsAt: string; endsAt: string | null; place: string | null };
  expiresAt?: string | null;
  error?: { code: string; message: string };
}

interface Answer {
  outcome: CheckinOutcome;
  message: string;
  name?: string;
}

/**
 * The public page a QR code opens (no login): what the event is, and employee number + name to
 * check in. Talks to the gateway's `/checkin/<code>` routes; the server's messages are localised.
 */
export function CheckInPage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const { graphqlUrl } = useSession();
  const language = currentLanguage(i18n);
  const [info, setInfo] = useState<EventInfo | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [sending, setSending] = useState(false);
  const [form] = Form.useForm<{ employeeNo: string; name: string }>();
  const url = checkinApiUrl(graphqlUrl, code);

  const load = useCallback(async () => {
    setLoadFailed(false);
    try {
      const res = await fetch(url, { headers: { 'accept-language': language } });
      setInfo((await res.json()) as EventInfo);
    } catch {
      setLoadFailed(true);
    }
  }, [url, language]);
  useEffect(() => {
    load();
  }, [load]);

  const submit = async (values: { employeeNo: string; name: string }) => {
    setSending(true);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify({ employeeNo: values.employeeNo.trim(), name: values.name.trim() }),
      });
      const body = (await res.json().catch(() => ({}))) as {
        name?: string;
        error?: { code?: string; message?: string };
      };
      const outcome = checkinOutcome(res.status, body.error?.code);
      setAnswer({ outcome, message: body.error?.message ?? '', name: body.name });
      if (outcome === 'EXPIRED' || outcome === 'CLOSED') load();
    } catch {
      setAnswer({ outcome: 'ERROR', message: t('act.checkin.network') });
    } finally {
      setSending(false);
    }
  };

  const activity = info?.activity;
  const refused = info && !info.ok;
  const closed = info?.ok && !info.open;

  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5', padding: 12 }}>
      <Flex vertical gap={12} style={{ maxWidth: 480, margin: '0 auto' }}>
        <Flex justify="space-between" align="center">
          <Typography.Text strong style={{ color: '#c8102e', fontSize: 16 }}>
            {t('act.checkin.title')}
          </Typography.Text>
          <LanguageSwitch />
        </Flex>
        <Card data-testid="checkin-page">
          {!info && !loadFailed && (
            <Flex justify="center" gap={8}>
              <Spin /> {t('act.checkin.loading')}
            </Flex>
          )}
          {loadFailed && (
            <Alert
              type="error"
              showIcon
              title={t('act.checkin.network')}
              action={<Button onClick={load}>{t('errors.retry')}</Button>}
            />
          )}
          {refused && (
            <Result
              status="warning"
              title={info.error?.message || t('act.checkin.invalid')}
              data-testid="checkin-refused"
              data-code={info.error?.code}
            />
          )}
          {activity && (
            <>
              <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="checkin-activity-title">
                {activity.title}
              </Typography.Title>
              <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
                <Descriptions.Item label={t('act.field.time')}>
                  {formatDateMinutes(activity.startsAt)}
                  {activity.endsAt ? ` ~ ${formatDateMinutes(activity.endsAt)}` : ''}
                </Descriptions.Item>
                {activity.place && (
                  <Descriptions.Item label={t('act.field.place')}>{activity.place}</Descriptions.Item>
                )}
                {info?.expiresAt && (
                  <Descriptions.Item label={t('act.detail.expires')}>
                    {formatDateMinutes(info.expiresAt)}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </>
          )}
          {closed && (
            <Alert
              type="warning"
              showIcon
              title={info.message || t('act.checkin.closed')}
              data-testid="checkin-closed"
            />
          )}
          {answer?.outcome === 'SUCCESS' ? (
            <Result
              status="success"
              title={t('act.checkin.success', { name: answer.name ?? '' })}
              data-testid="checkin-success"
              extra={
                <Button
                  onClick={() => {
                    form.resetFields();
                    setAnswer(null);
                  }}
                >
                  {t('act.checkin.again')}
                </Button>
              }
            />
          ) : (
            info?.ok &&
            info.open && (
              <Form
                form={form}
                layout="vertical"
                onFinish={submit}
                requiredMark={false}
                data-testid="checkin-form"
              >
                {answer && (
                  <Alert
                    type={answer.outcome === 'DUPLICATE' ? 'warning' : 'error'}
                    showIcon
                    title={answer.message || t('errors.unknown')}
                    style={{ marginBottom: 16 }}
                    data-testid="checkin-error"
                    data-outcome={answer.outcome}
                  />
                )}
                <Form.Item
                  name="employeeNo"
                  label={t('act.checkin.employeeNo')}
                  rules={[{ required: true, whitespace: true, message: t('act.form.required') }]}
                >
                  <Input size="large" autoComplete="off" inputMode="text" data-testid="checkin-employee-no" />
                </Form.Item>
                <Form.Item
                  name="name"
                  label={t('act.checkin.name')}
                  rules={[{ required: true, whitespace: true, message: t('act.form.required') }]}
                >
                  <Input size="large" autoComplete="name" data-testid="checkin-name" />
                </Form.Item>
                <Button
                  type="primary"
                  size="large"
                  block
                  htmlType="submit"
                  loading={sending}
                  data-testid="checkin-submit"
                >
                  {t('act.checkin.submit')}
                </Button>
              </Form>
            )
          )}
        </Card>
      </Flex>
    </div>
  );
}
