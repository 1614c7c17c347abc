import type { NextFunction, Request, Response } from 'express';

/** No request of this API nests deeper than a handful of levels; 20 leaves room and stops recursion-depth attacks. */
export const MAX_BODY_DEPTH = 20;

/**
 * Keys that name JavaScript object machinery: `__proto__`, `constructor`, `prototype` and every other member of
 * Object.prototype (`toString`, `hasOwnProperty`, …). JSON.parse makes them ordinary own properties, but
 * class-transformer silently drops `__proto__` and `constructor`, and class-validator's unknown-field check looks field
 * names up in a plain object, so `toString` or `__defineGetter__` pass as "known". Refuse them all, at any depth.
 */
const FORBIDDEN_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

function problem(response: Response, message: string): void {
  response.status(400).json({ statusCode: 400, error: 'Bad Request', message });
}

/** Refuses a JSON body nested deeper than MAX_BODY_DEPTH or holding a forbidden key at any depth (iteratively: no recursion to exhaust). */
export function bodyShape(request: Request, response: Response, next: NextFunction): void {
  const body: unknown = request.body;
  if (body === null || typeof body !== 'object') return next();
  const stack: [unknown, number][] = [[body, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (depth > MAX_BODY_DEPTH) return problem(response, `the request body nests deeper than ${MAX_BODY_DEPTH} levels`);
    for (const key of Object.keys(value as object)) {
      if (FORBIDDEN_KEYS.has(key))
        return problem(
          response,
          'the request body has a field named like JavaScript object machinery (__proto__, constructor, toString, …)',
        );
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  next();
}
