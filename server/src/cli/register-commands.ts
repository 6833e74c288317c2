// Wires the commands implemented outside the CLI folder into `seeds` (see extra-commands.ts).
import { lspCommand } from "./lsp-command";
import { renderCommand } from "./render-command";
import { extraCommands } from "./extra-commands";

extraCommands.lsp = lspCommand;
extraCommands.render = renderCommand;
