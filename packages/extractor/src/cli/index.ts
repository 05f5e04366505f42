#!/usr/bin/env node
/**
 * The `newsgraph` command. Other packages add commands (the server adds `serve`) by calling runCli
 * with their own handlers.
 */
import { runBuildCommand } from './build';
import { runNerCommand } from './ner';
import { UsageError } from './output';

export type CommandHandler = (args: string[]) => Promise<number>;

const USAGE = `Usage: newsgraph <command> [options]

Commands:
  build <file|folder>... --out FILE   build the knowledge graph of news articles
  ner --conll FILE                    tag a CoNLL-2003 file with the entity recogniser
{extra}
Run 'newsgraph <command> --help' for a command's options.
`;

export async function runCli(
  argv: string[],
  extraCommands: Record<string, CommandHandler> = {},
): Promise<number> {
  const commands: Record<string, CommandHandler> = {
    build: runBuildCommand,
    ner: runNerCommand,
    ...extraCommands,
  };
  const [name, ...args] = argv;
  const extra = Object.keys(extraCommands)
    .map((c) => `  ${c.padEnd(36)}see 'newsgraph ${c} --help'\n`)
    .join('');
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE.replace('{extra}', extra));
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`newsgraph: unknown command '${name}'\n\n${USAGE.replace('{extra}', extra)}`);
    return 1;
  }
  try {
    return await command(args);
  } catch (error) {
    const e = error as Error & { code?: string };
    // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed options.
    if (error instanceof UsageError || e.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`newsgraph ${name}: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`newsgraph ${name}: ${e.message}\n`);
    if (process.env.NEWSGRAPH_DEBUG) process.stderr.write(`${e.stack}\n`);
    return 1;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      process.stderr.write(`newsgraph: ${error.message}\n`);
      process.exitCode = 1;
    },
  );
}
