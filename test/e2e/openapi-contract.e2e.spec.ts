import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApiHarness, startApi } from '@vcs/test-support';
import request from 'supertest';
import ts from 'typescript';
import { openApiPath } from '../../apps/api/src/http/openapi-contract';
import { POLICY } from './policy';

// The OpenAPI document is the partners' contract (and apps/web generates its client from it): every route has its
// success answer's schema, its error answers with the one Problem body, typed parameters and the roles the guard
// admits; the committed apps/api/openapi.json is what the code serves; a standard linter passes it; and a client
// generated from it with openapi-typescript type-checks a program that records a sentence and reads it back.

const ROOT = path.join(__dirname, '..', '..');
const COMMITTED = path.join(ROOT, 'apps', 'api', 'openapi.json');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

type Operation = {
  description?: string;
  'x-roles'?: string[];
  parameters?: { name: string; in: string; schema?: Record<string, unknown> }[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

describe('the OpenAPI document', () => {
  let api: ApiHarness;
  let served: Document;
  let work: string;

  beforeAll(async () => {
    api = await startApi();
    served = (await request(api.http).get('/openapi.json').expect(200)).body;
    work = mkdtempSync(path.join(tmpdir(), 'vcs-openapi-'));
  });

  afterAll(async () => {
    await api.close();
    rmSync(work, { recursive: true, force: true });
  });

  const operations = () =>
    Object.entries(served.paths).flatMap(([route, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, operation]) => ({ name: `${method.toUpperCase()} ${route}`, method, route, operation })),
    );

  it('is the committed apps/api/openapi.json (run `npm run openapi:export` after changing a route)', () => {
    expect(served).toEqual(JSON.parse(readFileSync(COMMITTED, 'utf8')));
  });

  it('documents every route: its success answer with a schema, and every error answer with the Problem body', () => {
    const routes = operations();
    expect(routes.length).toBeGreaterThan(40);
    const gaps = routes.flatMap(({ name, operation }) => {
      const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      const errors = Object.entries(operation.responses).filter(([status]) => /^[45]\d\d$/.test(status));
      const gaps: string[] = [];
      if (success.length === 0) gaps.push(`${name}: no success answer`);
      for (const [status, response] of success) {
        // 204 (a command checked only, Prefer: return=validation) has no body by definition, and must declare none.
        if (status === '204') {
          if (response.content) gaps.push(`${name} 204: declares a body`);
          continue;
        }
        if (!Object.values(response.content ?? {}).some((media) => media.schema))
          gaps.push(`${name} ${status}: no schema`);
      }
      for (const status of ['400', '429', '500']) if (!operation.responses[status]) gaps.push(`${name}: no ${status}`);
      for (const [status, response] of errors) {
        const schema = response.content?.['application/json']?.schema as { $ref?: string } | undefined;
        if (schema?.$ref !== '#/components/schemas/Problem' && !name.startsWith('GET /health'))
          gaps.push(`${name} ${status}: not a Problem`);
      }
      return gaps;
    });
    expect(gaps).toEqual([]);
    expect(served.components.schemas.Problem).toMatchObject({ required: ['statusCode', 'error', 'message'] });
  });

  it('types page and pageSize as integers, and no parameter as an untyped Object', () => {
    const paging = operations().flatMap(({ name, operation }) =>
      (operation.parameters ?? [])
        .filter((p) => p.name === 'page' || p.name === 'pageSize')
        .map((p) => ({ name, param: p.name, type: p.schema?.type })),
    );
    expect(paging.length).toBeGreaterThan(10);
    expect(paging.filter((p) => p.type !== 'integer')).toEqual([]);
    expect(JSON.stringify(served)).not.toContain('#/components/schemas/Object');
  });

  it("states each route's roles (description and x-roles) as the access policy the guard is tested against has them", () => {
    const stated = Object.fromEntries(
      operations().map(({ name, operation }) => [
        name,
        {
          roles: operation['x-roles'],
          said: /(Roles: [A-Z_, ]+\.|Public: no token needed\.)$/.exec(operation.description ?? '')?.[1],
        },
      ]),
    );
    const expected = Object.fromEntries(
      Object.entries(POLICY).map(([route, roles]) => {
        const [method, nestPath] = route.split(' ');
        const sorted = roles === 'public' ? [] : [...roles].sort();
        return [
          `${method} ${openApiPath(nestPath)}`,
          { roles: sorted, said: roles === 'public' ? 'Public: no token needed.' : `Roles: ${sorted.join(', ')}.` },
        ];
      }),
    );
    expect(stated).toEqual(expected);
  });

  it('passes a standard OpenAPI linter (Redocly, recommended rules)', () => {
    const file = path.join(work, 'openapi.json');
    writeFileSync(file, JSON.stringify(served));
    const lint = spawnSync(
      process.execPath,
      [require.resolve('@redocly/cli/bin/cli.js'), 'lint', file, '--format=stylish'],
      {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      },
    );
    expect({ status: lint.status, errors: lint.stdout.split('\n').filter((line) => /\berror\b/.test(line)) }).toEqual({
      status: 0,
      errors: [],
    });
  });

  it('generates a typed client (openapi-typescript) that type-checks a command and a query, and refuses a wrong one', () => {
    // As a partner would: the openapi-typescript command on the document (it is an ES module: run, not imported).
    writeFileSync(path.join(work, 'openapi.json'), JSON.stringify(served));
    const generated = spawnSync(
      process.execPath,
      [
        path.join(path.dirname(require.resolve('openapi-typescript/package.json')), 'bin', 'cli.js'),
        path.join(work, 'openapi.json'),
        '-o',
        path.join(work, 'schema.ts'),
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect({ status: generated.status, stderr: generated.status === 0 ? '' : generated.stderr }).toEqual({
      status: 0,
      stderr: '',
    });
    writeFileSync(path.join(work, 'client.ts'), CLIENT_PROGRAM);
    expect(typeCheck(work, 'client.ts')).toEqual([]);
    // The same program with a string page number and a misspelt field: the generated types must refuse both.
    writeFileSync(
      path.join(work, 'wrong.ts'),
      CLIENT_PROGRAM.replace('page: 2', "page: '2'").replace('data.revision', 'data.revison'),
    );
    const wrong = typeCheck(work, 'wrong.ts');
    expect(wrong.some((message) => message.includes("'string' is not assignable to type 'number'"))).toBe(true);
    expect(wrong.some((message) => message.includes('revison'))).toBe(true);
  }, 120_000);
});

/** A partner's program: record a sentence (command), read it back with the revision, list victims (query). */
const CLIENT_PROGRAM = `
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

type Problem = components['schemas']['Problem'];

export async function recordAndRead(token: string, sentenceId: string): Promise<string | Problem> {
  const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:3000', headers: { Authorization: \`Bearer \${token}\` } });
  const recorded = await client.POST('/sentences', {
    body: {
      sentenceId,
      reference: 'X123456',
      offenceCategory: 'specified-violent',
      offenceCausedDeath: false,
      sentenceType: 'extended-determinate',
      lengthMonths: 96,
      sentencingCourt: 'Leeds Crown Court',
      sentenceDate: '2026-10-01',
      probationRegion: 'yorkshire-and-the-humber',
    },
  });
  if (recorded.error) return recorded.error;
  // 204 without a body: only when the command was checked and not recorded (Prefer: return=validation).
  if (!recorded.data) return 'checked, not recorded';
  const revision: string = recorded.data.revision;
  const read = await client.GET('/sentences/{sentenceId}', {
    params: { path: { sentenceId }, query: { minPosition: recorded.data.position ?? undefined } },
  });
  if (read.error) return read.error;
  const milestones: number = read.data.milestones.length;
  const victims = await client.GET('/victims', { params: { query: { page: 2, pageSize: 50, status: 'enrolled' } } });
  if (victims.error) return victims.error;
  const total: number = victims.data.total;
  return \`\${revision} \${read.data.revision} \${milestones} \${total}\`;
}
`;

/** TypeScript's own diagnostics for one file of the work folder, strict, resolving openapi-fetch from this repository. */
function typeCheck(folder: string, file: string): string[] {
  const fetchTypes = path.join(path.dirname(require.resolve('openapi-fetch/package.json')), 'dist', 'index.d.ts');
  const program = ts.createProgram([path.join(folder, file)], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    esModuleInterop: true,
    skipLibCheck: true,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    baseUrl: folder,
    paths: { 'openapi-fetch': [fetchTypes] },
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}
