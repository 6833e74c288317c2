import { CLEAN, SMALL, variant } from "../fixtures";
import { ruleTester } from "../rule-tester";

ruleTester("future-update", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "updated today", text: SMALL, today: "2026-06-01" },
    { name: "an invalid date is not compared", text: variant(SMALL, ["last_updated: 2026-06-01", "last_updated: 2099-02-30"]) },
  ],
  invalid: [
    {
      name: "updated tomorrow",
      text: SMALL,
      today: "2026-05-31",
      findings: [{ line: 7, column: 15, endLine: 7, endColumn: 25, message: "'last_updated' (2026-06-01) is in the future (today is 2026-05-31)." }],
      output: null,
    },
    {
      name: "updated next year",
      text: variant(CLEAN, ["last_updated: 2026-02-23", "last_updated: 2027-02-23"]),
      findings: [{ line: 7, column: 15, endLine: 7, endColumn: 25, message: "'last_updated' (2027-02-23) is in the future (today is 2026-11-28)." }],
      output: null,
    },
  ],
});
