import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  PathItemObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { RouteEntry } from './route-inventory';

/**
 * The OpenAPI document is the partners' contract. Nest's generator gives each route its parameters, bodies and the
 * answers its decorators name; this completes what every route has in common, from what the code enforces:
 * - `x-roles` and a "Roles: …" line from the same @Roles metadata the guard reads (public routes: `security: []`);
 * - every error answer the route can give (400, 401, 403, 404, 409, 422, 429, 500, 503, as they apply), each with
 *   the one problem body every error has (`Problem`), keeping a route's own descriptions where it gave them.
 */

export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description:
    'Every error answer. 400: `problems` names each field and the rule it broke; 409 and 422: `rule` is a code (e.g. stale-revision, first-contact-made) and `message` says why in plain English. Never a stack trace, SQL or a value you sent.',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 422 },
    error: { type: 'string', example: 'Unprocessable Entity' },
    message: { type: 'string', example: 'This letter no longer applies: the victim has already joined the scheme.' },
    rule: { type: 'string', example: 'first-contact-made', description: '409 and 422: the rule, as a code' },
    problems: {
      type: 'array',
      description: '400: one entry per field that is not valid',
      items: {
        type: 'object',
        required: ['field', 'rule', 'message'],
        properties: {
          field: { type: 'string', example: 'sentenceDate' },
          rule: { type: 'string', example: 'isCivilDate' },
          message: { type: 'string', example: 'sentenceDate must be a date written YYYY-MM-DD' },
        },
      },
    },
  },
};

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

const ERROR_WORDS: Record<string, string> = {
  '400': 'Invalid request: `problems` names each field and the rule it broke; nothing is changed',
  '401': 'Missing, expired or invalid bearer token',
  '403': 'Your role may not call this route (see x-roles)',
  '404': 'No such record',
  '409': 'The record changed since your If-Match revision (rule stale-revision), or it already exists',
  '422': 'A scheme rule refuses this: `rule` and a plain-English `message`',
  '429': 'Over the rate limit: wait Retry-After seconds',
  '500': 'Something unexpected: logged, nothing about it disclosed',
  '503':
    'The read models have not reached minPosition in time, or the database is briefly unavailable: retry after Retry-After seconds',
};

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** `/victims/:victimId` (Nest) → `/victims/{victimId}` (OpenAPI). */
export function openApiPath(nestPath: string): string {
  return nestPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** The error answers a route can give, by what it is: public or not, with path parameters or not, command or query. */
function errorStatuses(method: string, path: string, isPublic: boolean): string[] {
  const statuses = ['400'];
  if (!isPublic) statuses.push('401', '403');
  if (path.includes('{')) statuses.push('404');
  if (method !== 'get') statuses.push('409', '422');
  statuses.push('429', '500', '503');
  return statuses;
}

export function completeContract(document: OpenAPIObject, routes: readonly RouteEntry[]): OpenAPIObject {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA },
  };
  for (const route of routes) {
    const path = openApiPath(route.path);
    const method = route.method.toLowerCase() as Method;
    const operation = (document.paths[path] as PathItemObject | undefined)?.[method] as OperationObject | undefined;
    if (!operation) continue; // routes kept out of the document (none today); the contract test lists them
    const roles = [...route.roles].sort();
    (operation as OperationObject & { 'x-roles': string[] })['x-roles'] = route.isPublic ? [] : roles;
    const who = route.isPublic ? 'Public: no token needed.' : `Roles: ${roles.join(', ')}.`;
    operation.description = operation.description ? `${operation.description}\n\n${who}` : who;
    if (route.isPublic) operation.security = [];
    const errors = new Set([
      ...errorStatuses(method, path, route.isPublic),
      ...Object.keys(operation.responses).filter((status) => /^[45]\d\d$/.test(status)),
    ]);
    for (const status of errors) {
      const given = operation.responses[status] as ResponseObject | undefined;
      operation.responses[status] = {
        ...given,
        description: given?.description ?? ERROR_WORDS[status] ?? 'An error: see the Problem body',
        content: given?.content ?? { 'application/json': { schema: PROBLEM_REF } },
      };
    }
  }
  return document;
}
