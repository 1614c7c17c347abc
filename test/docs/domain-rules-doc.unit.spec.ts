import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAIN_RULE_CODES } from '@vcs/domain';

const DOCUMENT = join(__dirname, '..', '..', 'docs', 'DOMAIN-RULES.md');

/** The codes in the last column of every table whose last heading is "Code" (`—` rows name none). */
function documentedCodes(markdown: string): Set<string> {
  const codes = new Set<string>();
  let inCodeTable = false;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      inCodeTable = false;
      continue;
    }
    const cells = line.split('|').slice(1, -1);
    const last = cells[cells.length - 1]?.trim() ?? '';
    if (/^code$/i.test(last)) {
      inCodeTable = true;
      continue;
    }
    if (!inCodeTable) continue;
    for (const match of last.matchAll(/`([^`]+)`/g)) codes.add(match[1]!);
  }
  return codes;
}

describe('docs/DOMAIN-RULES.md and DOMAIN_RULE_CODES', () => {
  const documented = documentedCodes(readFileSync(DOCUMENT, 'utf8'));
  const known = new Set<string>(DOMAIN_RULE_CODES);

  it('reads the code tables (a change of table layout must not empty the check)', () => {
    expect(documented.size).toBeGreaterThan(200);
  });

  it('documents every rule code the domain has', () => {
    expect(DOMAIN_RULE_CODES.filter((code) => !documented.has(code))).toEqual([]);
  });

  it('documents no rule code the domain does not have', () => {
    expect([...documented].filter((code) => !known.has(code))).toEqual([]);
  });

  it('lists each code once', () => {
    expect(DOMAIN_RULE_CODES.length).toBe(known.size);
  });
});
