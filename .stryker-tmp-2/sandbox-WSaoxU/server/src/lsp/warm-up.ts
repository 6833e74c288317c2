// @ts-nocheck
// The engine's first check in a process costs ten times the next ones (the JIT compiles the
// parser, the rules and zod's validators on first use). The server has idle time right after it
// starts, while the editor is still loading its side of the connection: a check of a generated
// seed then makes the author's first seed's diagnostics as quick as the following ones.
import { DEFAULT_CONFIG, checkSeed, localToday, newSeedText } from "../engine";

/** Checks a generated seed once, to compile the engine's code paths; never throws. */
export function warmUpEngine(): void {
  try {
    const today = localToday();
    const text = newSeedText({
      company: "warm-up",
      companyDisplay: "Warm Up",
      role: "engineer",
      roleDisplay: "Engineer",
      regions: ["San Francisco", "London"],
      today,
      config: DEFAULT_CONFIG,
    });
    // A wrong cell and an ask too, so that the mismatch and amount paths are compiled as well.
    checkSeed(`${text.replace(/\$\d+K/, "$1K")}\nMy floor is $999K.\n`, { today });
  } catch {
    // Warming up is an optimisation only.
  }
}
