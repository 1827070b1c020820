// `schakel audit verify`: checks the whole hash chain and names the first broken link.
import type { Command } from 'commander';
import { loadConfig } from '../platform/config.js';
import { openDatabase } from '../platform/db.js';
import { verifyAuditChain } from './audit.verify.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The audit log');
  audit
    .command('verify')
    .description('Verify the hash chain of the audit log; exit 1 and name the first broken event if it fails')
    .action(async () => {
      const database = await openDatabase(loadConfig());
      try {
        const tty = process.stderr.isTTY;
        const result = await verifyAuditChain(database.db, (n) => {
          if (tty) process.stderr.write(`\rchecked ${n} events…`);
        });
        if (tty) process.stderr.write('\n');
        if (result.ok) {
          console.log(`Audit log intact: ${result.checked} events verified.`);
        } else {
          const { seq, chain, position, reason } = result.firstBroken!;
          console.log(`Audit log BROKEN at event ${seq} (chain ${chain}, position ${position}): ${reason} (${result.checked} events checked before it are intact).`);
          process.exitCode = 1;
        }
      } finally {
        await database.close();
      }
    });
}
