// The `schakel` command line (bin/schakel.js runs this file). Commands: src/cli-program.ts.
import { ConfigError } from './platform/config.js';
import { buildProgram } from './cli-program.js';

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  // Operators get the message, not a stack trace; unexpected errors keep theirs for debugging.
  const known = error instanceof ConfigError || (error instanceof Error && error.constructor.name === 'CliError');
  console.error(known ? error.message : error);
  process.exitCode = known ? 2 : 1;
}
