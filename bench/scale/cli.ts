// The scale commands as a standalone CLI, for the benchmark (and for use before they are wired into src/cli).

import { Command } from 'commander';
import { CliError, warn } from '../../src/cli/output.js';
import { registerScaleCommands } from '../../src/cli/scale-commands.js';

const program = new Command('wiretrace').exitOverride();
registerScaleCommands(program);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CliError) {
    warn(error.message);
    process.exitCode = error.exitCode;
  } else if ((error as { code?: string }).code?.startsWith('commander.')) {
    process.exitCode = (error as { exitCode?: number }).exitCode ?? 2;
  } else throw error;
}
