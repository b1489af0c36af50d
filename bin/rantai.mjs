#!/usr/bin/env node
// The `rantai` command. The sources are TypeScript run through tsx's loader, so there is no
// separate build step for the server and CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
