import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HardshipStatus } from '../gql/graphql';

interface Marks {
  womanWorker: boolean;
  migrantWorker: boolean;
  modelWorker: boolean;
  hardshipStatus: HardshipStatus;
  tags: string[];
}

/** Segment marks of a member: woman worker, migrant worker, model worker, hardship, free tags. */
export function MemberMarks({ member }: { member: Marks }) {
  const { t } = useTranslation();
  return (
    <Space size={[0, 4]} wrap>
      {member.womanWorker && <Tag color="magenta">{t('memberMarks.womanWorker')}</Tag>}
      {member.migrantWorker && <Tag color="cyan">{t('memberMarks.migrantWorker')}</Tag>}
      {member.modelWorker && <Tag color="gold">{t('memberMarks.modelWorker')}</Tag>}
      {member.hardshipStatus !== 'NONE' && (
        <Tag color="volcano">{t(`hardship.${member.hardshipStatus}`)}</Tag>
      )}
      {member.tags.map((tag) => (
        <Tag key={tag}>{tag}</Tag>
      ))}
    </Space>
  );
}
