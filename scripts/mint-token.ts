// `npm run token -- --role VLO --sub vlo-1 [--role VLO_MANAGER] [--unit london] [--unit wales] [--authorities] [--ttl 3600]`
// Prints a bearer token signed with the committed development key (config/dev): for local use only.
// `--unit` (repeatable) fills the `units` claim with victim liaison unit codes (the probation regions, or `national`
// for an ADMIN); `--authorities` puts the roles in the HMPPS Auth style `authorities` claim (`ROLE_VLO`).
import { readFileSync } from 'node:fs';
import { loadEnvironmentOrExit } from '@vcs/config';
import { VLO_UNITS } from '@vcs/domain';
import { isRole, mintToken, NATIONAL_UNIT, Role, ROLES } from '@vcs/security';

function option(name: string, args: string[]): string[] {
  return args.flatMap((arg, i) => (arg === `--${name}` && args[i + 1] ? [args[i + 1]] : []));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roles = option('role', args);
  const [userId] = option('sub', args);
  const units = option('unit', args);
  const knownUnits: readonly string[] = [...VLO_UNITS, NATIONAL_UNIT];
  if (roles.length === 0 || !roles.every(isRole) || !userId || !units.every((unit) => knownUnits.includes(unit))) {
    process.stderr.write(
      `usage: npm run token -- --role <${ROLES.join('|')}> --sub <user id> [--unit <${knownUnits.join('|')}>]… [--authorities] [--ttl <seconds>]\n`,
    );
    process.exit(2);
  }
  const env = loadEnvironmentOrExit();
  const token = await mintToken({
    privateKeyPem: readFileSync('config/dev/jwt-dev-private.pem', 'utf8'),
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
    userId,
    roles: roles as Role[],
    units,
    asAuthorities: args.includes('--authorities'),
    ttlSeconds: Number(option('ttl', args)[0] ?? 3600),
  });
  process.stdout.write(`${token}\n`);
}

void main();
