import { expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Room for the whole output: `taxonomy --json` is past spawnSync's default of 1 MiB, beyond which it kills the child. */
export const OUTPUT_ROOM = 64 * 1024 * 1024;

/** Runs the CLI as a user would, without colours. */
export const cli = (...args: string[]) => {
  const r = spawnSync(join('node_modules', '.bin', 'tsx'), ['src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: OUTPUT_ROOM,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** A scratch folder for input files, and a writer into it. */
export function scratchFiles(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return { dir, file };
}

/** What every refused invocation must look like: exit 1, nothing on stdout, one line on stderr, no stack trace. */
export function expectRefusal(r: ReturnType<typeof cli>, message: RegExp) {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}
