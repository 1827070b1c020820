// The `schakel` command line. Each capability registers its own commands here.
import { Command } from 'commander';
import { registerAccessCommands } from './access/access.commands.js';
import { registerAuditCommands } from './audit/audit.commands.js';
import { ConfigError } from './platform/config.js';
import { registerPlatformCommands } from './platform/platform.commands.js';
import { registerEstimateCommand } from './prevalence/estimate-command.js';
import { registerLinkageCommands } from './linkage/linkage.cli.js';

const program = new Command('schakel').description('Schakel command line').showHelpAfterError();
registerPlatformCommands(program);
registerAccessCommands(program);
registerAuditCommands(program);
registerEstimateCommand(program);
registerLinkageCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Operators get the message, not a stack trace; unexpected errors keep theirs for debugging.
  const known = error instanceof ConfigError || (error instanceof Error && error.constructor.name === 'CliError');
  console.error(known ? (error).message : error);
  process.exitCode = known ? 2 : 1;
}
