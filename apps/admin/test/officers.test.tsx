import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeGraphqlServer, meResponse } from './fakeServer';
import { renderApp } from './render';

const officer = (n: number) => ({
  id: `o-${n}`,
  email: `officer${n}@example.org`,
  displayName: `干部${n}`,
  role: 'FEDERATION_OFFICER',
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
});

function officersPage(after: unknown) {
  const second = after === 'cursor-1';
  return {
    data: {
      officers: {
        totalCount: 21,
        pageInfo: { hasNextPage: !second, endCursor: second ? 'cursor-2' : 'cursor-1' },
        edges: second ? [{ node: officer(21) }] : [{ node: officer(1) }, { node: officer(2) }],
      },
    },
  };
}

describe('officers page', () => {
  it('lists officers with role labels and pages with cursors', async () => {
    const server = fakeGraphqlServer({
      me: () => meResponse(),
      officers: ({ variables }) => officersPage(variables.after),
    });
    renderApp({ path: '/officers', token: 'jwt' });

    expect(await screen.findByText('干部1')).toBeTruthy();
    expect(within(screen.getByTestId('officer-table')).getAllByText('联合会干部').length).toBe(2);
    expect(screen.getByText('共 21 人')).toBeTruthy();
    expect(screen.getByText('新建干部')).toBeTruthy();

    fireEvent.click(screen.getByText('下一页'));
    expect(await screen.findByText('干部21')).toBeTruthy();
    expect(server.requests.at(-1)?.variables).toEqual({ first: 20, after: 'cursor-1' });

    fireEvent.click(screen.getByText('上一页'));
    await waitFor(() => expect(screen.getByText('干部1')).toBeTruthy());
  });

  it('offers no create form to non-admins', async () => {
    const me = meResponse();
    me.data.me.roles = ['FEDERATION_OFFICER'];
    fakeGraphqlServer({ me: () => me, officers: ({ variables }) => officersPage(variables.after) });
    renderApp({ path: '/officers', token: 'jwt', language: 'en' });
    expect(await screen.findByText('officer1@example.org')).toBeTruthy();
    expect(screen.queryByText('New officer')).toBeNull();
  });
});
