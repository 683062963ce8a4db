import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { MemberListFilters } from '../src/members/listState';
import { MemberFilters } from '../src/members/MemberFilters';
import { fakeGraphqlServer } from './fakeServer';
import { chooseOption, orgUnitsResponse } from './memberFixtures';
import { renderWithProviders } from './render';

function Harness({ seen }: { seen: MemberListFilters[] }) {
  const [value, setValue] = useState<MemberListFilters>({});
  return (
    <MemberFilters
      value={value}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
      jobTypes={['采掘', '机电']}
      shiftPatterns={['三班倒']}
    />
  );
}

describe('member filters', () => {
  it('builds the filter from every control', async () => {
    fakeGraphqlServer({ orgUnits: orgUnitsResponse });
    const seen: MemberListFilters[] = [];
    renderWithProviders(<Harness seen={seen} />);
    const last = () => seen.at(-1);

    await userEvent.type(
      screen.getByTestId('member-filter-search').querySelector('input') as HTMLInputElement,
      ' 王{Enter}',
    );
    expect(last()).toEqual({ search: '王' });
    await chooseOption(screen.getByTestId('member-filter-gender'), '女（女职工）');
    await chooseOption(screen.getByTestId('member-filter-ageBand'), '50 岁及以上');
    await chooseOption(screen.getByTestId('member-filter-jobType'), '机电');
    await chooseOption(screen.getByTestId('member-filter-shiftPattern'), '三班倒');
    await chooseOption(screen.getByTestId('member-filter-migrantWorker'), '农民工：是');
    await chooseOption(screen.getByTestId('member-filter-modelWorker'), '劳模：否');
    await chooseOption(screen.getByTestId('member-filter-hardship'), '困难职工：是');
    await userEvent.type(
      screen.getByTestId('member-filter-tag').querySelector('input') as HTMLInputElement,
      '退役军人{Enter}',
    );
    await chooseOption(screen.getByTestId('member-filter-orgUnit'), '综采一队');
    await waitFor(() =>
      expect(last()).toEqual({
        search: '王',
        gender: 'FEMALE',
        ageBand: 'AGE_50_PLUS',
        jobType: '机电',
        shiftPattern: '三班倒',
        migrantWorker: true,
        modelWorker: false,
        hardship: true,
        tag: '退役军人',
        orgUnitId: 'u-w',
      }),
    );

    fireEvent.click(screen.getByTestId('member-filter-reset'));
    expect(last()).toEqual({});
  });

  it('speaks English', async () => {
    fakeGraphqlServer({ orgUnits: orgUnitsResponse });
    renderWithProviders(<Harness seen={[]} />, { language: 'en' });
    expect(screen.getByText('Clear filters')).toBeTruthy();
    await chooseOption(screen.getByTestId('member-filter-gender'), 'Female (woman workers)');
    await chooseOption(screen.getByTestId('member-filter-modelWorker'), 'Model worker: Yes');
  });
});
