#!/usr/bin/env node
// The `attune` bin: loads the TypeScript CLI through tsx, so the package ships its sources as they are.
import { register } from 'tsx/esm/api';

// The CLI uses no path aliases; ignoring tsconfig keeps it working from any directory.
register({ tsconfig: false });
const { main } = await import('../lib/cli/main.ts');
await main(process.argv.slice(2));
