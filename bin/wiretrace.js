#!/usr/bin/env node
// Entry point of the wiretrace command; the compiled library lives in dist/ (built by `npm ci` through `prepare`).
import { main } from '../dist/cli/index.js';

process.exitCode = await main(process.argv);
