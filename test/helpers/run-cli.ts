// Runs the CLI from source (through tsx) so that tests exercise the code as it is, not a stale build.
import { runProcess } from '../../src/cli/index.js';

await runProcess(process.argv);
