#!/usr/bin/env -S node --expose-gc
// The `rantai` command. The sources are TypeScript run through tsx's loader, so there is no
// separate build step for the server and CLI. --expose-gc lets a store collect a load's garbage
// right after the load (server/store/warm.ts) instead of during the next requests.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
