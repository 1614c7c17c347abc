import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// `npm run test:int -- <file>` runs just that file (README, Tests). Jest is asked to list what it would run.

const ROOT = path.join(__dirname, '..', '..');

function listed(script: string, ...args: string[]): string[] {
  // The package.json script without its `node scripts/run.js` prefix (that only makes sure Node and the dependencies are there).
  const scripts = (
    JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const words = scripts[script].replace(/^node scripts\/run\.js /, '').split(' ');
  const result = spawnSync(
    words[0] === 'node' ? process.execPath : words[0],
    [...words.slice(1), ...args, '--listTests'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(result.status).toBe(0);
  return result.stdout
    .split('\n')
    .filter((line) => line.endsWith('.spec.ts'))
    .map((line) => path.relative(ROOT, line));
}

describe('npm run test:unit|test:int|test:e2e -- <file>', () => {
  it('runs just the file named, of that kind', () => {
    expect(listed('test:int', 'libs/read-models/src/batch-equivalence/view-revisions.int.spec.ts')).toEqual([
      'libs/read-models/src/batch-equivalence/view-revisions.int.spec.ts',
    ]);
    expect(listed('test:e2e', 'test/e2e/revision-etags.e2e.spec.ts')).toEqual(['test/e2e/revision-etags.e2e.spec.ts']);
    expect(listed('test:unit', 'libs/domain/src/victim/victim-letters.unit.spec.ts')).toEqual([
      'libs/domain/src/victim/victim-letters.unit.spec.ts',
    ]);
  });

  it('runs every file of its kind, and only of its kind, when none is named', () => {
    const all = listed('test:int');
    expect(all.length).toBeGreaterThan(20);
    expect(all.every((file) => file.endsWith('.int.spec.ts'))).toBe(true);
  });
});
