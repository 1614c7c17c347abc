import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_TYPES_FILE, generateApiTypes } from '../src/data/generate-api-types';

/** `npm run web:api-types [-- <url or file of the OpenAPI document>]`; by default the API that `npm start` runs. */
async function main(): Promise<void> {
  const source = process.argv[2] ?? 'http://127.0.0.1:3000/openapi.json';
  const document = /^https?:\/\//.test(source) ? await (await fetch(source)).json() : JSON.parse(readFileSync(source, 'utf8'));
  writeFileSync(join(__dirname, '../../..', API_TYPES_FILE), await generateApiTypes(document));
  process.stdout.write(`wrote ${API_TYPES_FILE} from ${source}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`web:api-types failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
