// Wires the commands implemented outside the CLI folder into `seeds` (see extra-commands.ts).
export {};
