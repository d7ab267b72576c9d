#!/usr/bin/env node
// Entry point of the wiretrace command; the compiled library lives in dist/ (built by `npm ci` through `prepare`).
import { runProcess } from '../dist/cli/index.js';

await runProcess(process.argv);
