import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Divider,
  Empty,
  Flex,
  Input,
  Select,
  Spin,
  Steps,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { HEARD_KINDS, visitTitle } from '../activities/model';
import { type TeamChoice, TeamSelect } from '../activities/TeamSelect';
import { useTeamMembers } from '../activities/useTeamMembers';
import type { HeardItemKind } from '../gql/graphql';
import { AddAttendeesMutation, AddHeardItemMutation, CreateActivityMutation } from '../graphql/activities';
import { UnionScopeHint } from '../layout/UnionScopeHint';
import { actsOnUnion, useViewer } from '../layout/viewer';
import { errorMessage } from '../lib/graphqlErrors';

interface Heard {
  key: number;
  kind: HeardItemKind;
  note: string;
  memberId?: string;
}

let nextKey = 1;
const newItem = (): Heard => ({ key: nextKey++, kind: 'NEED', note: '' });

/** Record a visit on a phone: teams → who was there → what was heard → save (three API steps). */
export function ActivityNewVisitPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [step, setStep] = useState(0);
  const [teams, setTeams] = useState<TeamChoice[]>([]);
  const [present, setPresent] = useState<Set<string>>(new Set());
  const [items, setItems] = useState<Heard[]>([newItem()]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const teamIds = useMemo(() => teams.map((team) => team.id), [teams]);
  const { byTeam, members, loading } = useTeamMembers(teamIds);
  const [, createActivity] = useMutation(CreateActivityMutation);
  const [, addAttendees] = useMutation(AddAttendeesMutation);
  const [, addHeard] = useMutation(AddHeardItemMutation);

  if (!actsOnUnion(viewer)) return <UnionScopeHint />;

  const memberTeam = new Map<string, string>();
  for (const team of teams)
    for (const m of byTeam.get(team.id) ?? []) if (!memberTeam.has(m.id)) memberTeam.set(m.id, team.id);
  const presentMembers = members.filter(
    (m, i) => present.has(m.id) && members.findIndex((x) => x.id === m.id) === i,
  );

  const toggle = (ids: string[], on: boolean) =>
    setPresent((s) => {
      const next = new Set(s);
      for (const id of ids) on ? next.add(id) : next.delete(id);
      return next;
    });
  const setItem = (key: number, change: Partial<Heard>) =>
    setItems((list) => list.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const save = async () => {
    setSaving(true);
    setError(null);
    const created = await createActivity({
      input: {
        kind: 'FRONTLINE_VISIT',
        status: 'DONE',
        title: visitTitle(
          teams.map((team) => team.name),
          (names) => t('act.quick.defaultTitle', { teams: names }),
        ),
        startsAt: new Date().toISOString(),
        teams: teams.map((team) => ({ id: team.id, name: team.name })),
      },
    });
    if (created.error || !created.data) {
      setSaving(false);
      setError(created.error ? errorMessage(created.error, t) : t('errors.unknown'));
      return;
    }
    const activityId = created.data.createActivity.id;
    const problems: string[] = [];
    // A whole team present goes in as TEAM, a partial one as individual members.
    for (const team of teams) {
      const ids = (byTeam.get(team.id) ?? []).filter(
        (m) => present.has(m.id) && memberTeam.get(m.id) === team.id,
      );
      if (ids.length === 0) continue;
      const whole = ids.length === (byTeam.get(team.id) ?? []).length;
      const result = await addAttendees({
        input: {
          activityId,
          source: whole ? 'TEAM' : 'MANUAL',
          members: ids.map((m) => ({ memberId: m.id, name: m.name, teamId: team.id })),
        },
      });
      if (result.error) problems.push(errorMessage(result.error, t));
    }
    for (const item of items.filter((i) => i.note.trim())) {
      const result = await addHeard({
        input: {
          activityId,
          kind: item.kind,
          note: item.note.trim(),
          ...(item.memberId ? { memberIds: [item.memberId] } : {}),
          teamId: (item.memberId && memberTeam.get(item.memberId)) || teams[0]?.id,
        },
      });
      if (result.error) problems.push(errorMessage(result.error, t));
    }
    setSaving(false);
    if (problems.length) message.warning(t('act.quick.partial', { error: problems.join('；') }), 8);
    else message.success(t('act.quick.saved'));
    navigate(`/activities/${activityId}`);
  };

  const stepsNav = (
    <Flex gap={8} justify="space-between" style={{ marginTop: 16 }}>
      <Button size="large" disabled={step === 0} onClick={() => setStep(step - 1)} data-testid="quick-prev">
        {t('act.quick.prev')}
      </Button>
      {step < 2 ? (
        <Button
          size="large"
          type="primary"
          disabled={teams.length === 0}
          onClick={() => setStep(step + 1)}
          data-testid="quick-next"
        >
          {t('act.quick.next')}
        </Button>
      ) : (
        <Button size="large" type="primary" loading={saving} onClick={save} data-testid="quick-save">
          {t('act.quick.save')}
        </Button>
      )}
    </Flex>
  );

  return (
    <Card title={t('act.quick.title')} styles={{ body: { padding: 12 } }} data-testid="quick-visit-page">
      <Steps
        size="small"
        current={step}
        onChange={(s) => teams.length > 0 && setStep(s)}
        direction="horizontal"
        responsive={false}
        items={[
          { title: t('act.quick.step1') },
          { title: t('act.quick.step2'), description: present.size ? String(present.size) : undefined },
          { title: t('act.quick.step3') },
        ]}
        style={{ marginBottom: 16 }}
      />
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="quick-error" />
      )}
      {step === 0 && (
        <Flex vertical gap={8}>
          <Typography.Text>{t('act.quick.teamsHint')}</Typography.Text>
          <TeamSelect value={teams} onChange={setTeams} data-testid="quick-teams" />
        </Flex>
      )}
      {step === 1 && (
        <Flex vertical gap={4} data-testid="quick-members">
          {loading && <Spin />}
          {teams.map((team) => {
            const list = byTeam.get(team.id) ?? [];
            const ids = list.map((m) => m.id);
            const chosen = ids.filter((id) => present.has(id)).length;
            return (
              <div key={team.id}>
                <Divider titlePlacement="start" style={{ margin: '8px 0' }}>
                  {team.name}
                </Divider>
                {list.length === 0 && !loading ? (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('act.quick.noMembers')} />
                ) : (
                  <>
                    <Checkbox
                      checked={chosen > 0 && chosen === ids.length}
                      indeterminate={chosen > 0 && chosen < ids.length}
                      onChange={(e) => toggle(ids, e.target.checked)}
                      data-testid="quick-all"
                      style={{ marginBottom: 8 }}
                    >
                      {t('act.quick.all')}（
                      {t('act.quick.presentCount', { count: chosen, total: ids.length })}）
                    </Checkbox>
                    <Flex vertical gap={2} style={{ paddingInlineStart: 16 }}>
                      {list.map((m) => (
                        <Checkbox
                          key={m.id}
                          checked={present.has(m.id)}
                          onChange={(e) => toggle([m.id], e.target.checked)}
                          data-testid="quick-member"
                          style={{ padding: '6px 0' }}
                        >
                          {m.name}
                          {m.employeeNo && (
                            <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
                              {m.employeeNo}
                            </Typography.Text>
                          )}
                        </Checkbox>
                      ))}
                    </Flex>
                  </>
                )}
              </div>
            );
          })}
        </Flex>
      )}
      {step === 2 && (
        <Flex vertical gap={12} data-testid="quick-heard">
          {items.map((item, i) => (
            <Card
              key={item.key}
              size="small"
              data-testid="quick-heard-item"
              title={`#${i + 1}`}
              extra={
                items.length > 1 && (
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('act.quick.removeItem')}
                    onClick={() => setItems((list) => list.filter((x) => x.key !== item.key))}
                  />
                )
              }
            >
              <Flex vertical gap={8}>
                <Select
                  value={item.kind}
                  onChange={(kind) => setItem(item.key, { kind })}
                  options={HEARD_KINDS.map((k) => ({ value: k, label: t(`act.heardKind.${k}`) }))}
                  data-testid="quick-heard-kind"
                  classNames={{ popup: { root: 'heard-kind-popup' } }}
                />
                <Input.TextArea
                  rows={3}
                  value={item.note}
                  placeholder={t('act.quick.notePlaceholder')}
                  onChange={(e) => setItem(item.key, { note: e.target.value })}
                  data-testid="quick-heard-note"
                />
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  value={item.memberId}
                  placeholder={t('act.quick.whoSaid')}
                  onChange={(memberId) => setItem(item.key, { memberId })}
                  options={(presentMembers.length ? presentMembers : members).map((m) => ({
                    value: m.id,
                    label: m.name,
                  }))}
                  data-testid="quick-heard-member"
                  classNames={{ popup: { root: 'heard-member-popup' } }}
                />
              </Flex>
            </Card>
          ))}
          <Button
            icon={<PlusOutlined />}
            type="dashed"
            size="large"
            onClick={() => setItems((list) => [...list, newItem()])}
            data-testid="quick-heard-add"
          >
            {t('act.quick.addItem')}
          </Button>
        </Flex>
      )}
      {stepsNav}
    </Card>
  );
}
