import openapiTS, { astToString } from 'openapi-typescript';

export const API_TYPES_FILE = 'apps/web/src/data/api-types.ts';

const HEADER =
  "// Generated from the API's OpenAPI document by `npm run web:api-types`; do not edit by hand.\n" +
  '// apps/web/src/data/api-types.e2e.spec.ts fails when this file and the served document disagree.\n\n';

/** The TypeScript types of the API's paths, requests and answers, from its OpenAPI document (as served at /openapi.json). */
export async function generateApiTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}
