import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@vcs/config';
import { API_TYPES_FILE, generateApiTypes } from '../src/data/generate-api-types';

/**
 * `npm run web:api-types [-- <url or file of the OpenAPI document>]`; by default the document the API commits
 * (apps/api/openapi.json, kept in step with the code by `npm run openapi:export` and its test), or a running API's URL.
 * With `--print` the types go to standard output instead of the committed file (the check in api-types.e2e.spec.ts).
 */
async function main(): Promise<void> {
  const print = process.argv.includes('--print');
  const source = process.argv.slice(2).find((arg) => arg !== '--print') ?? join(projectRoot(), 'apps/api/openapi.json');
  const document = /^https?:\/\//.test(source)
    ? await (await fetch(source)).json()
    : JSON.parse(readFileSync(source, 'utf8'));
  const types = await generateApiTypes(document);
  if (print) return void process.stdout.write(types);
  writeFileSync(join(projectRoot(), API_TYPES_FILE), types);
  process.stdout.write(`wrote ${API_TYPES_FILE} from ${source}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`web:api-types failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
