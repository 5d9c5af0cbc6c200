#!/usr/bin/env node
// The `ledgerbridge` command: loads the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

register();
const here = dirname(fileURLToPath(import.meta.url));
const { main } = await import(pathToFileURL(join(here, '..', 'main', 'cli', 'index.ts')).href);
process.exitCode = await main(process.argv.slice(2));
