import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  totalCount?: number;
  page: number;
  hasNextPage: boolean;
  loading: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** With page sizes, a size choice is shown. */
  pageSize?: number;
  pageSizes?: readonly number[];
  onPageSizeChange?: (size: number) => void;
  testId?: string;
}

/** Total, previous / page n / next over forward-only cursors, and an optional page size. */
export function CursorPager({
  totalCount,
  page,
  hasNextPage,
  loading,
  onPrevious,
  onNext,
  pageSize,
  pageSizes,
  onPageSizeChange,
  testId = 'pager',
}: Props) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="center" style={{ marginTop: 16 }} wrap gap={8}>
      <Typography.Text type="secondary" data-testid={`${testId}-total`}>
        {totalCount !== undefined && t('pager.total', { count: totalCount })}
      </Typography.Text>
      <Flex gap={8} align="center">
        {pageSizes && pageSize && onPageSizeChange && (
          <Select
            size="middle"
            aria-label={t('pager.pageSize')}
            value={pageSize}
            options={pageSizes.map((s) => ({ value: s, label: t('pager.perPage', { count: s }) }))}
            onChange={onPageSizeChange}
            data-testid={`${testId}-size`}
          />
        )}
        <Button disabled={page === 1 || loading} onClick={onPrevious} data-testid={`${testId}-prev`}>
          {t('pager.prev')}
        </Button>
        <span>{t('pager.page', { page })}</span>
        <Button disabled={!hasNextPage || loading} onClick={onNext} data-testid={`${testId}-next`}>
          {t('pager.next')}
        </Button>
      </Flex>
    </Flex>
  );
}
