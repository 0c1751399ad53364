import type { Command } from 'commander';
import type { CliIo } from './main.js';

/**
 * The commands beyond the workbook basics (main.ts), in groups whose code is
 * loaded only when one of their commands runs, or for the full --help: so
 * `info`, `list`, `add` and `update` never load age, exceljs, the web host,
 * the PDF renderer or Playwright. In the bundle (scripts/build-cli.js) each
 * import() below becomes a file of its own. A new command goes into a group
 * here (or a new group): its name in `commands`, its module in `register`.
 */
export interface CommandGroup {
  /** The top-level command names the group registers. */
  readonly commands: readonly string[];
  register(program: Command, io: CliIo): Promise<void>;
}

export const COMMAND_GROUPS: readonly CommandGroup[] = [
  { commands: ['serve'], register: async (program, io) => (await import('./serve.js')).registerServe(program, io.out) },
  {
    commands: ['sync', 'conflicts', 'resolve', 'backup'],
    register: async (program, io) => (await import('./sync.js')).registerSync(program, io),
  },
  { commands: ['export'], register: async (program, io) => (await import('./exportCommand.js')).registerExport(program, io) },
  { commands: ['criteria'], register: async (program, io) => (await import('./criteriaCommand.js')).registerCriteria(program, io) },
  { commands: ['person'], register: async (program, io) => (await import('./personCommand.js')).registerPerson(program, io) },
  { commands: ['installation'], register: async (program, io) => (await import('./installationCommand.js')).registerInstallation(program, io) },
  { commands: ['print'], register: async (program, io) => (await import('./printCommand.js')).registerPrint(program, io) },
  { commands: ['docx'], register: async (program, io) => (await import('./docxCommand.js')).registerDocx(program, io) },
];

/**
 * Registers the groups a command line needs: none for a basic command, the
 * one group of a grouped command, and all of them for help, a missing
 * command or an unknown one (whose message suggests the nearest name).
 */
export async function registerGroupsFor(program: Command, io: CliIo, commandName: string | undefined): Promise<void> {
  if (commandName !== undefined && program.commands.some((c) => c.name() === commandName)) return;
  const own = COMMAND_GROUPS.find((g) => commandName !== undefined && g.commands.includes(commandName));
  for (const group of own ? [own] : COMMAND_GROUPS) await group.register(program, io);
}
