// @ts-nocheck
// Commands that live in their own modules (render: the preview; lsp: the language server),
// registered here so main.ts stays a dispatcher.
export type Command = (argv: string[]) => number | Promise<number>;

export const extraCommands: Record<string, Command> = {};
