// The `schakel` command tree. Each capability registers its own commands here; `src/cli.ts` runs
// it, and tests drive it in-process.
import { Command } from 'commander';
import { registerAccessCommands } from './access/access.commands.js';
import { registerAuditCommands } from './audit/audit.commands.js';
import { registerLinkageCommands } from './linkage/linkage.cli.js';
import { registerMonitoringCommands } from './monitoring/monitoring.commands.js';
import { registerPlatformCommands } from './platform/platform.commands.js';
import { registerEstimateCommand } from './prevalence/estimate-command.js';
import { registerRetentionCommands } from './retention/retention.commands.js';

export function buildProgram(): Command {
  const program = new Command('schakel').description('Schakel command line').showHelpAfterError();
  registerPlatformCommands(program);
  registerAccessCommands(program);
  registerAuditCommands(program);
  registerEstimateCommand(program);
  registerLinkageCommands(program);
  registerMonitoringCommands(program);
  registerRetentionCommands(program);
  return program;
}
