// The wiretrace command line: parses arguments and calls the library; every command is registered here.

import { Command, CommanderError } from 'commander';
import { CliError, EXIT, failureMessage, warn } from './output.js';
import { registerPipelineCommands } from './pipeline-commands.js';
import { registerQueryCommands } from './query-commands.js';
import { registerScaleCommands } from './scale-commands.js';
import { registerServeCommands } from './serve-commands.js';
import { registerServerCommand } from './server-command.js';

export function buildProgram(): Command {
  const program = new Command('wiretrace')
    .description('News intelligence: stories, who said what, copied passages and travelling claims.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerPipelineCommands(program);
  registerQueryCommands(program);
  registerServeCommands(program);
  registerServerCommand(program);
  registerScaleCommands(program);
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/**
 * The command as a process runs it: a reader that stops early (`wiretrace export | head`) ends the output quietly
 * instead of in an unhandled EPIPE error.
 */
export async function runProcess(argv: string[] = process.argv): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(EXIT.ok);
  });
  process.exitCode = await main(argv);
}

/** Runs the CLI; resolves to the exit code instead of exiting, so that it can be tested in-process. */
export async function main(argv: string[] = process.argv): Promise<number> {
  process.exitCode = undefined;
  try {
    await buildProgram().parseAsync(argv);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end in a "zero" commander error; usage mistakes get EXIT.usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      warn(error.message);
      return error.exitCode;
    }
    warn(failureMessage(error));
    if (process.env.WIRETRACE_DEBUG) console.error(error);
    return EXIT.failure;
  }
}
