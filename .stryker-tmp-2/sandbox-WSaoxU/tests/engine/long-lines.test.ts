// @ts-nocheck
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { checkSeed } from "../../server/src/engine";

const reference = readFileSync(join(__dirname, "../../seeds/000_5ae9dcfe2e03ad59.txt"), "utf8");

it("checks a seed with a 10 MB line of prose without any rule failing", () => {
  const line = "I need $999K base. <script>x</script> $999K ".repeat(230000);
  const { findings } = checkSeed(`${reference}\n${line}\n`, { today: "2026-11-28" });
  expect(findings.filter((f) => f.message.includes("failed on this seed"))).toEqual([]);
  expect(findings.filter((f) => f.rule === "amount-out-of-range").length).toBe(230000);
});
