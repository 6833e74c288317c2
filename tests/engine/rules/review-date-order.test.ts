import { CLEAN, SMALL, variant } from "../fixtures";
import { ruleTester } from "../rule-tester";

ruleTester("review-date-order", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "due the day after the update", text: variant(SMALL, ["next_review_due: 2027-01-15", "next_review_due: 2026-06-02"]), today: "2026-06-01" },
    { name: "an invalid date is not compared", text: variant(SMALL, ["next_review_due: 2027-01-15", "next_review_due: 2026-02-30"]) },
  ],
  invalid: [
    {
      name: "due on the day of the update",
      text: variant(SMALL, ["next_review_due: 2027-01-15", "next_review_due: 2026-06-01"]),
      today: "2026-06-01",
      findings: [{ line: 10, column: 18, endLine: 10, endColumn: 28, message: "'next_review_due' (2026-06-01) must be after 'last_updated' (2026-06-01)." }],
      output: null,
    },
    {
      name: "due before the update",
      text: variant(SMALL, ["next_review_due: 2027-01-15", "next_review_due: 2025-12-31"]),
      today: "2026-06-01",
      findings: [{ line: 10, column: 18, endLine: 10, endColumn: 28, message: "'next_review_due' (2025-12-31) must be after 'last_updated' (2026-06-01)." }],
      output: null,
    },
  ],
});
