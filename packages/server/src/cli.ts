#!/usr/bin/env node
/**
 * The `newsgraph` command: the extractor's commands (build, ner) plus `serve`.
 */
import { runCli } from '@newsgraph/extractor';
import { runServeCommand } from './serve';

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
