// npm test starts here: browser tests need Debian's Chromium, and say so in one line if it is missing.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(`Chromium not found at ${path}: run "sudo apt-get install chromium" (or set CHROMIUM_PATH).`);
  process.exit(1);
}
