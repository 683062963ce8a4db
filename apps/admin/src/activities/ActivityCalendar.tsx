import { Calendar, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityRowFragment } from '../gql/graphql';
import { byDay, STATUS_COLORS } from './model';

interface Props {
  activities: ActivityRowFragment[];
  month?: string;
  onMonthChange: (month: string) => void;
}

const SHOWN = 3;

/** A month of activities, each day listing its first few (links to the activity). */
export function ActivityCalendar({ activities, month, onMonthChange }: Props) {
  const { t } = useTranslation();
  const days = useMemo(() => byDay(activities), [activities]);
  const value = dayjs(month ? `${month}-01` : undefined);
  return (
    <Calendar
      data-testid="activity-calendar"
      value={value}
      onPanelChange={(date) => onMonthChange(date.format('YYYY-MM'))}
      onSelect={(date, info) => info.source !== 'date' && onMonthChange(date.format('YYYY-MM'))}
      cellRender={(date, info) => {
        if (info.type !== 'date') return info.originNode;
        const list = days.get(date.format('YYYY-MM-DD')) ?? [];
        if (list.length === 0) return null;
        return (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {list.slice(0, SHOWN).map((a) => (
              <li key={a.id} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                <Tooltip title={`${dayjs(a.startsAt).format('HH:mm')} ${a.title}`}>
                  <Link to={`/activities/${a.id}`} data-testid="calendar-activity">
                    <span
                      style={{
                        display: 'inline-block',
                        width: 6,
                        height: 6,
                        borderRadius: 3,
                        marginInlineEnd: 4,
                        background:
                          STATUS_COLORS[a.status] === 'green'
                            ? '#52c41a'
                            : STATUS_COLORS[a.status] === 'blue'
                              ? '#1677ff'
                              : '#bfbfbf',
                      }}
                    />
                    {a.title}
                  </Link>
                </Tooltip>
              </li>
            ))}
            {list.length > SHOWN && (
              <li>
                <Typography.Text type="secondary">
                  {t('act.list.more', { count: list.length - SHOWN })}
                </Typography.Text>
              </li>
            )}
          </ul>
        );
      }}
    />
  );
}
