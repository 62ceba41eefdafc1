import { runActionsCommand } from './actions-command.js';
import type { CliIo } from './io.js';

/** A command such as `blameless-lint actions [paths]`: gets the arguments after its name; resolves to the exit code. */
type Subcommand = (argv: string[], io: CliIo) => Promise<number>;

/**
 * Commands chosen by the first argument. To add one: one import and one entry here; the command owns its flags,
 * help and output. A folder with the same name as a command is linted as `./name`.
 */
export const subcommands: Record<string, Subcommand> = {
  actions: runActionsCommand,
};
