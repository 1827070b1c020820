#!/usr/bin/env node
// The `schakel` command. Runs the TypeScript sources through tsx so that the checkout needs no
// build step (`npx schakel …`); see README, "Operations".
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
