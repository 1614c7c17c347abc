// `npm run token -- --role VLO --sub vlo-1 [--role VLO_MANAGER] [--region london] [--ttl 3600]`
// Prints a bearer token signed with the committed development key (config/dev): for local use only.
import { readFileSync } from 'node:fs';
import { loadEnvironmentOrExit } from '@vcs/config';
import { isRole, mintToken, Role, ROLES } from '@vcs/security';

function option(name: string, args: string[]): string[] {
  return args.flatMap((arg, i) => (arg === `--${name}` && args[i + 1] ? [args[i + 1]] : []));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roles = option('role', args);
  const [userId] = option('sub', args);
  if (roles.length === 0 || !roles.every(isRole) || !userId) {
    process.stderr.write(`usage: npm run token -- --role <${ROLES.join('|')}> --sub <user id> [--region <region>] [--ttl <seconds>]\n`);
    process.exit(2);
  }
  const env = loadEnvironmentOrExit();
  const token = await mintToken({
    privateKeyPem: readFileSync('config/dev/jwt-dev-private.pem', 'utf8'),
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
    userId,
    roles: roles as Role[],
    region: option('region', args)[0],
    ttlSeconds: Number(option('ttl', args)[0] ?? 3600),
  });
  process.stdout.write(`${token}\n`);
}

void main();
