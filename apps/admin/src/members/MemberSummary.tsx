import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { MemberMarks } from './MemberMarks';
import { MemberStatusTag } from './MemberStatusTag';
import type { MemberDetail } from './memberInput';
import { RevealValue } from './RevealValue';
import { unitLabel } from './unitLabel';

const dash = (value: string | null | undefined) => value || '—';

export function MemberSummary({ member, canReveal }: { member: MemberDetail; canReveal: boolean }) {
  const { t } = useTranslation();
  const hasHardship = member.hardshipStatus !== 'NONE';
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="member-summary">
      <Descriptions.Item label={t('member.name')}>
        <span data-testid="member-detail-name">{member.name}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('member.status')}>
        <MemberStatusTag status={member.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('member.nationalId')}>
        <RevealValue
          memberId={member.id}
          field="NATIONAL_ID"
          masked={member.nationalId}
          canReveal={canReveal}
        />
      </Descriptions.Item>
      <Descriptions.Item label={t('member.phone')}>
        <RevealValue memberId={member.id} field="PHONE" masked={member.phone} canReveal={canReveal} />
      </Descriptions.Item>
      <Descriptions.Item label={t('member.gender')}>
        {member.gender ? t(`gender.${member.gender}`) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('member.birthDate')}>
        {dash(member.birthDate)} <Tag>{t(`ageBand.${member.ageBand}`)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('member.orgUnit')}>
        <span data-testid="member-detail-orgUnit">{unitLabel(member.orgUnit)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('member.employeeNo')}>{dash(member.employeeNo)}</Descriptions.Item>
      <Descriptions.Item label={t('member.jobTitle')}>{dash(member.jobTitle)}</Descriptions.Item>
      <Descriptions.Item label={t('member.jobType')}>{dash(member.jobType)}</Descriptions.Item>
      <Descriptions.Item label={t('member.shiftPattern')}>{dash(member.shiftPattern)}</Descriptions.Item>
      <Descriptions.Item label={t('member.joinedOn')}>{member.joinedOn}</Descriptions.Item>
      <Descriptions.Item label={t('member.marks')} span={2}>
        <MemberMarks member={member} />
      </Descriptions.Item>
      {hasHardship && (
        <Descriptions.Item label={t('member.hardshipNote')} span={2}>
          <RevealValue
            memberId={member.id}
            field="HARDSHIP_NOTE"
            masked={t('memberForm.sealed')}
            canReveal={canReveal}
          />
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
