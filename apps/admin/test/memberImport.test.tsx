import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeGraphqlServer, meResponse } from './fakeServer';
import { chooseOption } from './memberFixtures';
import { renderApp, TEST_GRAPHQL_URL } from './render';

const upload = {
  __typename: 'MemberImportUpload',
  uploadId: 'up-1',
  fileName: '花名册.xlsx',
  size: 1024,
  headerRow: 2,
  headers: ['姓名', '证件', '部门'],
  suggestedMapping: [
    { __typename: 'MemberImportMapping', column: '姓名', field: 'NAME' },
    { __typename: 'MemberImportMapping', column: '证件', field: 'NATIONAL_ID' },
  ],
  missing: [],
};

function job(id: string, dryRun: boolean, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'MemberImportJob',
    id,
    fileName: '花名册.xlsx',
    dryRun,
    status: 'SUCCEEDED',
    total: 3,
    processed: 3,
    progress: 1,
    created: 2,
    updated: 0,
    unchanged: 0,
    failed: 1,
    errorCount: 1,
    failureMessage: null,
    startedAt: '2026-03-01T00:00:00Z',
    finishedAt: '2026-03-01T00:00:01Z',
    errors: {
      __typename: 'MemberImportRowErrorConnection',
      totalCount: 1,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: [
        {
          __typename: 'MemberImportRowErrorEdge',
          node: {
            __typename: 'MemberImportRowError',
            id: 'e-1',
            rowNumber: 4,
            column: '证件',
            field: 'NATIONAL_ID',
            value: '1101**********1235',
            message: '身份证号码无效（请检查位数、出生日期和校验位）',
          },
        },
      ],
    },
    ...overrides,
  };
}

describe('member import wizard', () => {
  it('uploads, maps the columns, shows the dry run and imports', async () => {
    let polls = 0;
    const server = fakeGraphqlServer({
      me: () => meResponse({ role: 'UNION_ADMIN' }),
      memberImportUpload: () => ({ data: { memberImportUpload: upload } }),
      startMemberImport: ({ variables }) => {
        const input = variables.input as { dryRun: boolean };
        const id = input.dryRun ? 'job-dry' : 'job-run';
        return {
          data: {
            startMemberImport: { __typename: 'MemberImportJob', id, dryRun: input.dryRun, status: 'PENDING' },
          },
        };
      },
      memberImportJob: ({ variables }) => {
        polls += 1;
        const dry = variables.id === 'job-dry';
        // The first answer is still running: the page polls until it is done.
        if (dry && polls === 1)
          return {
            data: {
              memberImportJob: job('job-dry', true, { status: 'RUNNING', processed: 1, progress: 0.33 }),
            },
          };
        return { data: { memberImportJob: job(String(variables.id), dry, dry ? {} : { failed: 1 }) } };
      },
    });
    const graphqlFetch = server.fetchMock;
    const uploads: { url: string; headers: Headers; body: unknown }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
        if (String(url).includes('/upload/members')) {
          uploads.push({ url: String(url), headers: new Headers(init?.headers), body: init?.body });
          return Response.json({ uploadId: 'up-1', fileName: '花名册.xlsx', size: 1024 });
        }
        return graphqlFetch(url, init);
      }),
    );

    renderApp({ path: '/members/import', token: 'jwt' });
    await screen.findByTestId('import-upload');
    const input = document.querySelector('input[type=file]');
    const file = new File(['roster'], '花名册.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    fireEvent.change(input as HTMLInputElement, { target: { files: [file] } });

    const table = await screen.findByTestId('import-mapping-table');
    expect(uploads[0].url).toBe(
      `${new URL('/upload/members', TEST_GRAPHQL_URL)}?filename=${encodeURIComponent('花名册.xlsx')}`,
    );
    expect(uploads[0].headers.get('authorization')).toBe('Bearer jwt');
    expect(uploads[0].headers.get('accept-language')).toBe('zh-CN');
    expect(uploads[0].body).toBe(file);
    expect(within(table).getByTestId('import-map-0').textContent).toContain('姓名');
    expect(within(table).getByTestId('import-map-1').textContent).toContain('身份证号');

    await chooseOption(within(table).getByTestId('import-map-2'), '班组');
    fireEvent.click(screen.getByTestId('import-dry-run'));
    const report = await screen.findByTestId('import-dry-run-report');
    await waitFor(() => expect(report.dataset.status).toBe('SUCCEEDED'));
    expect(server.requests.find((r) => r.operationName === 'StartMemberImport')?.variables).toEqual({
      input: {
        uploadId: 'up-1',
        dryRun: true,
        mapping: [
          { column: '姓名', field: 'NAME' },
          { column: '证件', field: 'NATIONAL_ID' },
          { column: '部门', field: 'TEAM' },
        ],
      },
    });
    expect(polls).toBeGreaterThan(1);
    const errors = screen.getByTestId('import-errors');
    expect(errors.textContent).toContain('身份证号码无效');
    expect(errors.textContent).toContain('1101**********1235');
    expect(screen.getByTestId('import-summary').textContent).toContain('将新增');

    fireEvent.click(screen.getByTestId('import-run'));
    const run = await screen.findByTestId('import-run-report');
    await waitFor(() => expect(run.dataset.status).toBe('SUCCEEDED'));
    expect(
      server.requests.filter((r) => r.operationName === 'StartMemberImport').at(-1)?.variables,
    ).toMatchObject({
      input: { uploadId: 'up-1', dryRun: false },
    });
    expect(screen.getByTestId('import-summary').textContent).toContain('已新增');
    expect(screen.getByTestId('import-to-members')).toBeTruthy();
  });

  it('shows the server’s upload error in the chosen language', async () => {
    fakeGraphqlServer({ me: () => meResponse({ role: 'UNION_ADMIN' }) });
    const graphqlFetch = vi.mocked(fetch);
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: RequestInfo | URL, init?: RequestInit) =>
        String(url).includes('/upload/members')
          ? Response.json(
              {
                errors: [
                  { message: 'Old .xls files are not supported', extensions: { code: 'BAD_USER_INPUT' } },
                ],
              },
              { status: 400 },
            )
          : graphqlFetch(url, init),
      ),
    );
    renderApp({ path: '/members/import', token: 'jwt', language: 'en' });
    await screen.findByTestId('import-upload');
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['x'], 'old.xls')] } });
    expect((await screen.findByTestId('import-upload-error')).textContent).toContain(
      'Old .xls files are not supported',
    );
  });

  it('tells a federation to switch to a union first', async () => {
    fakeGraphqlServer({ me: () => meResponse({ role: 'FEDERATION_ADMIN' }) });
    renderApp({ path: '/members/import', token: 'jwt' });
    expect(await screen.findByTestId('union-scope-hint')).toBeTruthy();
    expect(screen.queryByTestId('import-upload')).toBeNull();
  });
});
