// Runs the CLI from source (through tsx) so that tests exercise the code as it is, not a stale build.
import { main } from '../../src/cli/index.js';

process.exitCode = await main(process.argv);
