// A published directory is only ever replaced whole: the new state is written into a staging
// directory beside it, then renamed into place. An interrupted build leaves the old directory as
// it was, and the next run clears what it left behind.
import { randomBytes } from 'node:crypto';
import { copyFile, link, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const previousOf = (dir: string) => `${dir}.previous`;
const stagingPrefix = (dir: string) => `${basename(dir)}.staging-`;

/**
 * Finishes or undoes a replacement that was cut short: the directory renamed aside but the new one
 * not yet in place is put back; staging directories and a previous copy left behind are removed.
 */
export async function recoverDirectory(dir: string): Promise<void> {
  const [hasDir, hasPrevious] = await Promise.all([exists(dir), exists(previousOf(dir))]);
  if (!hasDir && hasPrevious) await rename(previousOf(dir), dir);
  else if (hasPrevious) await rm(previousOf(dir), { recursive: true, force: true });
  const parent = dirname(dir);
  const leftovers = (await readdir(parent).catch(() => [])).filter((name) => name.startsWith(stagingPrefix(dir)));
  await Promise.all(leftovers.map((name) => rm(join(parent, name), { recursive: true, force: true })));
}

/** Hooks for tests that interrupt a build at its most delicate moment. */
export interface ReplaceHooks {
  /** Runs when the staging directory is complete, just before the swap. */
  beforeSwap?: (stagingDir: string) => Promise<void>;
}

/**
 * Builds the new contents of `dir` with `write(stagingDir)`, then puts them in place of the old.
 * If `write` or anything before the swap throws, `dir` is untouched and the staging is removed.
 */
export async function replaceDirectory(dir: string, write: (stagingDir: string) => Promise<void>, hooks: ReplaceHooks = {}): Promise<void> {
  await recoverDirectory(dir);
  await mkdir(dirname(dir), { recursive: true });
  const staging = join(dirname(dir), `${stagingPrefix(dir)}${randomBytes(4).toString('hex')}`);
  await mkdir(staging);
  try {
    await write(staging);
    await hooks.beforeSwap?.(staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const hadDir = await exists(dir);
  if (hadDir) await rename(dir, previousOf(dir));
  await rename(staging, dir);
  if (hadDir) await rm(previousOf(dir), { recursive: true, force: true });
}

/** Puts a file of the current directory into the staging one: a hard link where the disk allows, else a copy. */
export async function carryOver(fromDir: string, toDir: string, name: string): Promise<void> {
  await link(join(fromDir, name), join(toDir, name)).catch(() => copyFile(join(fromDir, name), join(toDir, name)));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
