#!/usr/bin/env node
// The executable only loads the built CLI; everything else lives in src/cli/main.ts.
import { run } from '../dist/src/cli/main.js';

await run();
