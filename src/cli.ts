// The `schakel` command line. Each capability registers its own commands here.
import { Command } from 'commander';

const program = new Command('schakel').description('Schakel command line').showHelpAfterError();

await program.parseAsync(process.argv);
