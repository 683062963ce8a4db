import { App, Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AnyVariables, type OperationResult, useMutation, useQuery } from 'urql';
import type { CaseAction, CaseFieldsFragment } from '../gql/graphql';
import {
  AcceptCaseMutation,
  AddAssistanceMutation,
  AssignCaseMutation,
  CaseOfficersQuery,
  CloseCaseMutation,
  CommentCaseMutation,
  DispatchCaseMutation,
  EscalateCaseMutation,
  RecordCallbackMutation,
  RejectCaseMutation,
  ReopenCaseMutation,
  ResolveCaseMutation,
  StartCaseMutation,
  UpdateCaseMutation,
} from '../graphql/cases';
import { FormModal } from '../layout/FormModal';
import { DATE_FORMAT, fromDay, today } from '../lib/dates';
import { useRevalidateOnLanguageChange } from '../lib/useRevalidateOnLanguageChange';
import { CASE_ACTIONS, CASE_KINDS, CASE_PRIORITIES, SATISFACTIONS, yuanToFen } from './caseModel';
import { TenantPicker } from './TenantPicker';
import { useCaseErrors } from './useCaseErrors';

type CaseData = CaseFieldsFragment;

interface Props {
  caseData: CaseData;
  scopeTenantId: string;
  onReload: () => void;
}

const PRIMARY: CaseAction[] = ['ACCEPT', 'START', 'RESOLVE', 'RECORD_CALLBACK', 'CLOSE'];
const DANGER: CaseAction[] = ['REJECT'];

/** The steps the server allows now (`allowedActions`), and nothing else; each opens its form. */
export function CaseActions({ caseData, scopeTenantId, onReload }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<CaseAction | null>(null);
  const allowed = CASE_ACTIONS.filter((a) => caseData.allowedActions.includes(a));
  if (allowed.length === 0) return null;
  const close = () => setOpen(null);
  const common = { caseData, action: open as CaseAction, onClose: close, onReload };
  return (
    <>
      <Space wrap data-testid="case-actions">
        {allowed.map((action) => (
          <Button
            key={action}
            type={PRIMARY.includes(action) ? 'primary' : 'default'}
            danger={DANGER.includes(action)}
            onClick={() => setOpen(action)}
            data-testid={`case-action-${action}`}
          >
            {t(`caseAction.${action}`)}
          </Button>
        ))}
      </Space>
      {open && ['ACCEPT', 'START', 'CLOSE', 'REJECT', 'RESOLVE', 'REOPEN', 'ESCALATE'].includes(open) && (
        <NoteStepModal {...common} />
      )}
      {open === 'RECORD_CALLBACK' && <CallbackModal {...common} />}
      {open === 'COMMENT' && <CommentModal {...common} />}
      {open === 'DISPATCH' && <DispatchModal {...common} scopeTenantId={scopeTenantId} />}
      {open === 'ASSIGN' && <AssignModal {...common} />}
      {open === 'ADD_ASSISTANCE' && <AssistanceModal {...common} />}
      {open === 'UPDATE' && <UpdateModal {...common} />}
    </>
  );
}

interface StepProps {
  caseData: CaseData;
  action: CaseAction;
  onClose: () => void;
  onReload: () => void;
}

/** Runs one step: success closes the form with a message; errors go under the fields (or reload on CONFLICT). */
function useStep<V>(action: CaseAction, onClose: () => void, onReload: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const errors = useCaseErrors(form, onReload);
  useRevalidateOnLanguageChange(form);
  const run = async (send: () => Promise<OperationResult<unknown, AnyVariables>>) => {
    errors.clearError();
    const result = await send();
    if (result.error) errors.showError(result.error);
    else {
      message.success(t('caseStep.done', { action: t(`caseAction.${action}`) }));
      onClose();
    }
  };
  return { form, run, ...errors };
}

function StepModal<V>({
  action,
  step,
  onClose,
  onReload,
  onFinish,
  fetching,
  children,
  initialValues,
}: {
  action: CaseAction;
  step: ReturnType<typeof useStep<V>>;
  onClose: () => void;
  onReload: () => void;
  onFinish: (values: V) => void;
  fetching: boolean;
  children: ReactNode;
  initialValues?: Partial<V>;
}) {
  const { t } = useTranslation();
  return (
    <FormModal<V>
      title={t(`caseAction.${action}`)}
      form={step.form}
      onFinish={onFinish}
      onCancel={onClose}
      loading={fetching}
      error={step.formError}
      conflict={step.conflict}
      onReload={() => {
        step.clearError();
        onReload();
      }}
      okText={t(`caseAction.${action}`)}
      initialValues={initialValues}
      testId={`case-step-${action}`}
    >
      {children}
    </FormModal>
  );
}

// Steps that take a note: required for REJECT / RESOLVE / REOPEN / ESCALATE, optional otherwise.
const NOTE_LABELS: Partial<
  Record<CaseAction, 'rejectReason' | 'resolveResult' | 'reopenReason' | 'escalateReason'>
> = {
  REJECT: 'rejectReason',
  RESOLVE: 'resolveResult',
  REOPEN: 'reopenReason',
  ESCALATE: 'escalateReason',
};

function NoteStepModal({ caseData, action, onClose, onReload }: StepProps) {
  const { t } = useTranslation();
  const step = useStep<{ note?: string }>(action, onClose, onReload);
  const [accept, runAccept] = useMutation(AcceptCaseMutation);
  const [start, runStart] = useMutation(StartCaseMutation);
  const [close, runClose] = useMutation(CloseCaseMutation);
  const [reject, runReject] = useMutation(RejectCaseMutation);
  const [resolve, runResolve] = useMutation(ResolveCaseMutation);
  const [reopen, runReopen] = useMutation(ReopenCaseMutation);
  const [escalate, runEscalate] = useMutation(EscalateCaseMutation);
  const fetching = [accept, start, close, reject, resolve, reopen, escalate].some((m) => m.fetching);
  const labelKey = NOTE_LABELS[action];
  const required = labelKey !== undefined;
  const max = action === 'RESOLVE' ? 5000 : 2000;

  const submit = ({ note }: { note?: string }) => {
    const input = { id: caseData.id, version: caseData.version, note: note?.trim() || undefined };
    const send = () => {
      switch (action) {
        case 'ACCEPT':
          return runAccept({ input });
        case 'START':
          return runStart({ input });
        case 'CLOSE':
          return runClose({ input });
        case 'REJECT':
          return runReject({ input });
        case 'RESOLVE':
          return runResolve({ input });
        case 'REOPEN':
          return runReopen({ input });
        default:
          return runEscalate({ input: { ...input, note: note?.trim() ?? '' } });
      }
    };
    return step.run(send);
  };

  return (
    <StepModal
      action={action}
      step={step}
      onClose={onClose}
      onReload={onReload}
      onFinish={submit}
      fetching={fetching}
    >
      {action === 'ESCALATE' && <p>{t('caseStep.escalateHint')}</p>}
      <NoteField
        label={labelKey ? t(`caseStep.${labelKey}`) : t('caseStep.note')}
        requiredMessage={
          required
            ? action === 'RESOLVE'
              ? t('validation.resultRequired')
              : t('validation.noteRequired')
            : undefined
        }
        max={max}
        rows={required ? 4 : 2}
        autoFocus
        testId="case-step-note"
      />
    </StepModal>
  );
}

function CallbackModal({ caseData, action, onClose, onReload }: StepProps) {
  const { t } = useTranslation();
  type V = { satisfaction: CaseData['satisfaction']; comment?: string };
  const step = useStep<V>(action, onClose, onReload);
  const [{ fetching }, record] = useMutation(RecordCallbackMutation);
  const submit = (v: V) =>
    step.run(() =>
      record({
        input: {
          id: caseData.id,
          version: caseData.version,
          satisfaction: v.satisfaction ?? 'SATISFIED',
          comment: v.comment?.trim() || undefined,
        },
      }),
    );
  return (
    <StepModal
      action={action}
      step={step}
      onClose={onClose}
      onReload={onReload}
      onFinish={submit}
      fetching={fetching}
    >
      <Form.Item
        name="satisfaction"
        label={t('caseStep.satisfaction')}
        rules={[{ required: true, message: t('validation.satisfactionRequired') }]}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={SATISFACTIONS.map((s) => ({ value: s, label: t(`satisfaction.${s}`) }))}
          data-testid="case-callback-satisfaction"
        />
      </Form.Item>
      <NoteField
        name="comment"
        label={t('caseStep.callbackComment')}
        rows={3}
        testId="case-callback-comment"
      />
    </StepModal>
  );
}

function CommentModal({ caseData, action, onClose, onReload }: StepProps) {
  const { t } = useTranslation();
  type V = { note?: string; attachmentName?: string; attachmentUrl?: string };
  const step = useStep<V>(action, onClose, onReload);
  const [{ fetching }, comment] = useMutation(CommentCaseMutation);
  const submit = (v: V) => {
    const name = v.attachmentName?.trim();
    const url = v.attachmentUrl?.trim();
    return step.run(() =>
      comment({
        input: {
          id: caseData.id,
          note: v.note?.trim() || undefined,
          attachments: name && url ? [{ name, url }] : undefined,
        },
      }),
    );
  };
  return (
    <StepModal
      action={action}
      step={step}
      onClose={onClose}
      onReload={onReload}
      onFinish={submit}
      fetching={fetching}
    >
      <NoteField
        label={t('caseStep.comment')}
        requiredMessage={t('validation.noteRequired')}
        rows={3}
        autoFocus
        testId="case-step-note"
      />
      <Form.Item name="attachmentName" label={t('caseStep.attachmentName')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="attachmentUrl" label={t('caseStep.attachmentUrl')}>
        <Input maxLength={2000} />
      </Form.Item>
    </StepModal>
  );
}

function DispatchModal({
  caseData,
  action,
  onClose,
  onReload,
  scopeTenantId,
}: StepProps & { scopeTenantId: string }) {
  const { t } = useTranslation();
  type V = { toTenantId: string; note?: string };
  const step = useStep<V>(action, onClose, onReload);
  const [{ fetching }, dispatch] = useMutation(DispatchCaseMutation);
  const exclude = useMemo(() => [scopeTenantId], [scopeTenantId]);
  const submit = (v: V) =>
    step.run(() =>
      dispatch({
        input: {
          id: caseData.id,
          version: caseData.version,
          toTenantId: v.toTenantId,
          note: v.note?.trim() || undefined,
        },
      }),
    );
  return (
    <StepModal
      action={action}
      step={step}
      onClose={onClose}
      onReload={onReload}
      onFinish={submit}
      fetching={fetching}
    >
      <Form.Item
        name="toTenantId"
        label={t('caseStep.dispatchTo')}
        rules={[{ required: true, message: t('validation.dispatchTargetRequired') }]}
      >
        <TenantPicker
          excludeIds={exclude}
          placeholder={t('caseStep.dispatchPlaceholder')}
          popupClassName="dispatch-picker-popup"
          data-testid="case-dispatch-tenant"
        />
      </Form.Item>
      <NoteField label={t('caseStep.note')} testId="case-step-note" />
    </StepModal>
  );
}

function AssignModal({ caseData, action, onClose, onReload }: StepProps) {
  const { t } = useTranslation();
  type V = { leadOfficerId?: string; assistantIds?: string[] };
  const step = useStep<V>(action, onClose, onReload);
  const [{ fetching }, assign] = useMutation(AssignCaseMutation);
  const [{ data, fetching: loading }] = useQuery({ query: CaseOfficersQuery });
  const officers = (data?.officers.edges.map((e) => e.node) ?? []).filter((o) => o.active);
  const nameOf = (id: string) => officers.find((o) => o.id === id)?.displayName ?? '';
  const options = officers.map((o) => ({ value: o.id, label: `${o.displayName} · ${t(`role.${o.role}`)}` }));
  const submit = (v: V) =>
    step.run(() =>
      assign({
        input: {
          id: caseData.id,
          version: caseData.version,
          leadOfficerId: v.leadOfficerId ?? null,
          leadOfficerName: v.leadOfficerId ? nameOf(v.leadOfficerId) : null,
          assistants: (v.assistantIds ?? [])
            .filter((id) => id !== v.leadOfficerId)
            .map((id) => ({ kind: 'OFFICER' as const, refId: id, name: nameOf(id) })),
        },
      }),
    );
  return (
    <StepModal
      action={action}
      step={step}
      onClose={onClose}
      onReload={onReload}
      onFinish={submit}
      fetching={fetching}
      initialValues={{
        leadOfficerId: caseData.leadOfficerId ?? undefined,
        assistantIds: caseData.assistants
          .filter((a) => a.kind === 'OFFICER' && a.refId)
          .map((a) => a.refId as string),
      }}
    >
      <Form.Item name="leadOfficerId" label={t('caseStep.lead')}>
        <Select
          allowClear
          loading={loading}
          options={options}
          placeholder={t('caseStep.leadPlaceholder')}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="case-assign-lead"
        />
      </Form.Item>
      <Form.Item name="assistantIds" label={t('caseStep.assistants')}>
        <Select
          mode="multiple"
          allowClear
          loading={loading}
          options={options}
          placeholder={t('caseStep.assistantsPlaceholder')}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="case-assign-assistants"
        />
      </Form.Item>
    </StepModal>
  );
}

function AssistanceModal({ caseData, action, onClose, onReload }: StepProps) {
  const { t } = useTranslation();
  type V = {
    form: 'MONEY' | 'IN_KIND';
    amountFen: string;
    items?: string;
    deliveredOn: Dayjs;
    fund: string;
    approvedByName: string;
    note?: string;
  };
  const step = useStep<V>(action, onClose, onReload);
  const [{ fetching }, add] = useMutation(AddAssistanceMutation);
  const form = Form.useWatch('form', step.form);
  const submit = (v: V) =>
    step.run(() =>
      add({
        input: {
          id: caseData.id,
          version: caseData.version,
          form: v.form,
          // The field holds yuan as typed; the API counts fen.
          amountFen: yuanToFen(v.amountFen) ?? 0,
          items: v.items?.trim() || undefined,
          deliveredOn: fromDay(v.deliveredOn) ?? '',
          fund: v.fund.trim(),
          approvedByName: v.approvedByName.trim(),
          note: v.note?.trim() || undefined,
        },
      }),
    );
  return (
    <StepModal
      action={action}
      step={step}
      onClose={onClose}
      onReload={onReload}
      onFinish={submit}
      fetching={fetching}
      initialValues={{ form: 'MONEY', deliveredOn: today() }}
    >
      <Form.Item
        name="form"
        label={t('caseStep.form')}
        rules={[{ required: true, message: t('validation.formRequired') }]}
      >
        <Radio.Group
          optionType="button"
          options={(['MONEY', 'IN_KIND'] as const).map((f) => ({
            value: f,
            label: t(`assistanceForm.${f}`),
          }))}
          data-testid="case-assistance-form"
        />
      </Form.Item>
      <Form.Item
        name="amountFen"
        label={form === 'IN_KIND' ? t('caseStep.amountValue') : t('caseStep.amount')}
        rules={[
          {
            validator: (_, value) =>
              yuanToFen(value) !== null && (yuanToFen(value) ?? 0) > 0
                ? Promise.resolve()
                : Promise.reject(new Error(t('validation.amountInvalid'))),
          },
        ]}
      >
        <InputNumber<string>
          stringMode
          min="0"
          step="0.01"
          precision={2}
          style={{ width: '100%' }}
          prefix="¥"
          data-testid="case-assistance-amount"
        />
      </Form.Item>
      {form === 'IN_KIND' && (
        <Form.Item
          name="items"
          label={t('caseStep.items')}
          rules={[{ max: 500, message: t('validation.tooLong', { max: 500 }) }]}
        >
          <Input maxLength={500} data-testid="case-assistance-items" />
        </Form.Item>
      )}
      <Form.Item
        name="deliveredOn"
        label={t('caseStep.deliveredOn')}
        rules={[{ required: true, message: t('validation.dateRequired') }]}
      >
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="fund"
        label={t('caseStep.fund')}
        rules={[{ required: true, whitespace: true, message: t('validation.fundRequired') }]}
      >
        <Input
          maxLength={100}
          placeholder={t('caseStep.fundPlaceholder')}
          data-testid="case-assistance-fund"
        />
      </Form.Item>
      <Form.Item
        name="approvedByName"
        label={t('caseStep.approvedBy')}
        rules={[{ required: true, whitespace: true, message: t('validation.approvedByRequired') }]}
      >
        <Input maxLength={100} data-testid="case-assistance-approvedBy" />
      </Form.Item>
      <NoteField label={t('caseStep.note')} />
    </StepModal>
  );
}

function UpdateModal({ caseData, action, onClose, onReload }: StepProps) {
  const { t } = useTranslation();
  type V = {
    kind: CaseData['kind'];
    summary: string;
    details?: string;
    priority: CaseData['priority'];
    confidential: boolean;
  };
  const step = useStep<V>(action, onClose, onReload);
  const [{ fetching }, update] = useMutation(UpdateCaseMutation);
  // Sealed details are not known here: they are only sent when typed anew.
  const submit = (v: V) =>
    step.run(() =>
      update({
        input: {
          id: caseData.id,
          version: caseData.version,
          kind: v.kind !== caseData.kind ? v.kind : undefined,
          summary: v.summary.trim() !== caseData.summary ? v.summary.trim() : undefined,
          details: v.details?.trim() && v.details.trim() !== caseData.details ? v.details.trim() : undefined,
          priority: v.priority !== caseData.priority ? v.priority : undefined,
          confidential: v.confidential !== caseData.confidential ? v.confidential : undefined,
        },
      }),
    );
  return (
    <StepModal
      action={action}
      step={step}
      onClose={onClose}
      onReload={onReload}
      onFinish={submit}
      fetching={fetching}
      initialValues={{
        kind: caseData.kind,
        summary: caseData.summary,
        details: caseData.details ?? undefined,
        priority: caseData.priority,
        confidential: caseData.confidential,
      }}
    >
      <Form.Item name="kind" label={t('cases.field.kind')}>
        <Select options={CASE_KINDS.map((k) => ({ value: k, label: t(`caseKind.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('cases.field.summary')}
        rules={[
          { required: true, whitespace: true, message: t('validation.summaryRequired') },
          { max: 200, message: t('validation.tooLong', { max: 200 }) },
        ]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="details"
        label={t('cases.field.details')}
        extra={caseData.detailsSealed ? t('cases.sealed') : undefined}
      >
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
      <Form.Item name="priority" label={t('cases.field.priority')}>
        <Select options={CASE_PRIORITIES.map((p) => ({ value: p, label: t(`casePriority.${p}`) }))} />
      </Form.Item>
      <Form.Item name="confidential" label={t('cases.field.confidential')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </StepModal>
  );
}

/** A free-text field of a step form: a length limit, and a required-message when it must be filled. */
function NoteField({
  name = 'note',
  label,
  requiredMessage,
  max = 2000,
  rows = 2,
  autoFocus,
  testId,
}: {
  name?: string;
  label: string;
  requiredMessage?: string;
  max?: number;
  rows?: number;
  autoFocus?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[
        ...(requiredMessage ? [{ required: true, whitespace: true, message: requiredMessage }] : []),
        { max, message: t('validation.tooLong', { max }) },
      ]}
    >
      <Input.TextArea rows={rows} maxLength={max} autoFocus={autoFocus} data-testid={testId} />
    </Form.Item>
  );
}
