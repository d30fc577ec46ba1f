// The command line of the project's scripts (eval, corpus, kwic...): node's parseArgs, but a wrong option prints
// what the script takes instead of a stack trace, and --help prints it too.
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** Parses the script's arguments; `usage` is its command line as its head comment gives it. */
export function scriptArgs<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  const wantsHelp = process.argv.slice(2).some((a) => a === '--help' || a === '-h');
  if (wantsHelp) {
    console.log(`usage: ${usage}`);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: ${usage}`);
    process.exit(2);
  }
}
