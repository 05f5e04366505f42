#!/usr/bin/env node
/**
 * The `newsgraph` command: the extractor's commands (build, ner) plus `serve`.
 */
import { runCli } from '@newsgraph/extractor';
import type * as Serve from './serve';

/**
 * `serve` is loaded when asked for: Express, SQLite and the API cost every other command (a
 * `build` of a few articles, `--help`) a quarter of a second to load.
 */
const runServeCommand: typeof Serve.runServeCommand = (...args) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('./serve') as typeof Serve).runServeCommand(...args);

export function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  return runCli(argv, { serve: runServeCommand });
}

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      process.stderr.write(`newsgraph: ${error.message}\n`);
      process.exitCode = 1;
    },
  );
}
