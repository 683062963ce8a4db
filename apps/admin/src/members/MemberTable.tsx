import { Table, type TableColumnsType } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MembersQuery } from '../gql/graphql';
import type { MemberSort } from './listState';
import { MemberMarks } from './MemberMarks';
import { MemberStatusTag } from './MemberStatusTag';
import { RevealValue } from './RevealValue';
import { unitLabel } from './unitLabel';

export type MemberRow = MembersQuery['members']['edges'][number]['node'];

interface Props {
  members: MemberRow[];
  loading: boolean;
  sort: MemberSort;
  onSortChange: (sort: MemberSort) => void;
  canReveal: boolean;
}

export function MemberTable({ members, loading, sort, onSortChange, canReveal }: Props) {
  const { t } = useTranslation();
  const order = (key: MemberSort['orderBy']): SortOrder =>
    sort.orderBy === key ? (sort.direction === 'ASC' ? 'ascend' : 'descend') : null;

  const columns: TableColumnsType<MemberRow> = [
    {
      title: t('member.name'),
      dataIndex: 'name',
      key: 'NAME',
      sorter: true,
      sortOrder: order('NAME'),
      sortDirections: ['ascend', 'descend', 'ascend'],
      render: (name: string, member) => (
        <Link to={`/members/${member.id}`} data-testid={`member-link-${member.id}`}>
          {name}
        </Link>
      ),
    },
    {
      title: t('member.gender'),
      dataIndex: 'gender',
      render: (gender: MemberRow['gender']) => (gender ? t(`gender.${gender}`) : '—'),
    },
    {
      title: t('member.nationalId'),
      dataIndex: 'nationalId',
      render: (masked: string | null, member) => (
        <RevealValue memberId={member.id} field="NATIONAL_ID" masked={masked} canReveal={canReveal} />
      ),
    },
    {
      title: t('member.phone'),
      dataIndex: 'phone',
      render: (masked: string | null, member) => (
        <RevealValue memberId={member.id} field="PHONE" masked={masked} canReveal={canReveal} />
      ),
    },
    { title: t('member.employeeNo'), dataIndex: 'employeeNo', render: (v: string | null) => v ?? '—' },
    { title: t('member.orgUnit'), key: 'orgUnit', render: (_: unknown, member) => unitLabel(member.orgUnit) },
    { title: t('member.jobType'), dataIndex: 'jobType', render: (v: string | null) => v ?? '—' },
    {
      title: t('member.joinedOn'),
      dataIndex: 'joinedOn',
      key: 'JOINED_ON',
      sorter: true,
      sortOrder: order('JOINED_ON'),
      sortDirections: ['ascend', 'descend', 'ascend'],
    },
    {
      title: t('member.status'),
      dataIndex: 'status',
      render: (status: MemberRow['status']) => <MemberStatusTag status={status} />,
    },
    {
      title: t('member.marks'),
      key: 'marks',
      render: (_: unknown, member) => <MemberMarks member={member} />,
    },
  ];

  return (
    <Table<MemberRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={members}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="member-table"
      onChange={(_pagination, _filters, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        const orderBy = s?.columnKey === 'JOINED_ON' ? 'JOINED_ON' : 'NAME';
        onSortChange({ orderBy, direction: s?.order === 'descend' ? 'DESC' : 'ASC' });
      }}
    />
  );
}
