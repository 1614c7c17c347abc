import createClient, { Client } from 'openapi-fetch';
import { currentRequestId } from '@vcs/config';
import type { components, paths } from './api-types';
import { ruleMessage } from './rule-messages';

export type ApiClient = Client<paths>;
export type Schemas = components['schemas'];

/**
 * A client of the API that acts as the signed-in person: their own token on every call, so every rule of the API
 * applies. Each call carries the page request's id (X-Request-Id), so the API's log lines for it name the page's.
 */
export function apiClientFor(apiUrl: string, accessToken: string): ApiClient {
  const requestId = currentRequestId();
  return createClient<paths>({
    baseUrl: apiUrl,
    headers: { Authorization: `Bearer ${accessToken}`, ...(requestId ? { 'X-Request-Id': requestId } : {}) },
  });
}

/**
 * A field the API refused and why: a 400's `problems` in the API's words (the page puts the field's label in), a rule of
 * the scheme (a 422's `rule`) in the words of RULE_MESSAGES, on the field the rule is about.
 */
export interface ApiProblem {
  readonly field?: string;
  /** The rule that failed (`matches`, `order`, …), when the API names one. */
  readonly rule?: string;
  readonly message: string;
}

/** What came back when the API did not do what was asked. */
export class ApiRefusal extends Error {
  constructor(
    readonly status: number,
    readonly problems: readonly ApiProblem[],
  ) {
    super(`the API refused the request (${status})`);
    this.name = 'ApiRefusal';
  }
}

/** Reads an openapi-fetch answer: the data when it succeeded, an ApiRefusal carrying the API's problem text when not. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  throw new ApiRefusal(result.response.status, problemsOf(result.error));
}

function problemsOf(body: unknown): ApiProblem[] {
  if (typeof body !== 'object' || body === null) return [];
  const problem = body as { problems?: unknown; message?: unknown; rule?: unknown; field?: unknown };
  if (Array.isArray(problem.problems)) {
    return problem.problems
      .filter(
        (item): item is { field?: unknown; message?: unknown; rule?: unknown } =>
          typeof item === 'object' && item !== null,
      )
      .map((item) =>
        inWords(
          typeof item.field === 'string' ? item.field : undefined,
          String(item.message ?? item.rule ?? 'is not valid'),
          item.rule,
        ),
      );
  }
  if (typeof problem.message === 'string')
    return [inWords(typeof problem.field === 'string' ? problem.field : undefined, problem.message, problem.rule)];
  return [];
}

/** A problem with a rule code we have words for is said in those words, on the field the API or the rule names. */
function inWords(field: string | undefined, message: string, rule: unknown): ApiProblem {
  const words = typeof rule === 'string' ? ruleMessage(rule) : undefined;
  if (!words) return { field, message, ...(typeof rule === 'string' ? { rule } : {}) };
  return { field: field ?? words.field, message: words.text, rule: rule as string };
}
