// npm test (and .ci/run) starts here: the Debian packages the tests need (scripts/system-packages.mjs)
// must be installed. As root with apt-get, installs the missing ones; otherwise prints the
// command that would, and exits 1.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { SYSTEM_PACKAGES } from './system-packages.mjs';

const isInstalled = ({ path }) => {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
};
const hasAptGet = () => spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;

let missing = SYSTEM_PACKAGES.filter((pkg) => !isInstalled(pkg));
if (missing.length > 0 && process.getuid?.() === 0 && hasAptGet()) {
  const names = missing.map((pkg) => pkg.name);
  console.log(`Installing ${names.join(', ')} with apt-get (the tests need them)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // A fresh machine has no package lists yet.
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env });
  missing = missing.filter((pkg) => !isInstalled(pkg));
}

const chromiumPath = process.env.CHROMIUM_PATH;
if (chromiumPath && !isInstalled({ path: chromiumPath })) {
  console.error(`CHROMIUM_PATH=${chromiumPath}: no browser there (unset it to use Debian's chromium).`);
  process.exit(1);
}

if (missing.length > 0) {
  console.error('The tests need these Debian packages, which are not installed:');
  for (const { name, path, neededBy } of missing) console.error(`  ${name} (${path} is missing): ${neededBy}`);
  const command = `apt-get install -y ${missing.map((pkg) => pkg.name).join(' ')}`;
  console.error(`Install them with:\n  ${process.getuid?.() === 0 ? command : `sudo ${command}`}`);
  process.exit(1);
}
