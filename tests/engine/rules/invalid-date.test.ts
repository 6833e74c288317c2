import { CLEAN, SMALL, variant } from "../fixtures";
import { ruleTester } from "../rule-tester";

ruleTester("invalid-date", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "a leap day", text: variant(SMALL, ["last_updated: 2026-06-01", "last_updated: 2024-02-29"]) },
    { name: "a quoted date", text: variant(SMALL, ["last_updated: 2026-06-01", 'last_updated: "2026-06-01"']) },
    { name: "a date in another format is invalid-value's finding", text: variant(SMALL, ["last_updated: 2026-06-01", "last_updated: 2026/06/01"]) },
  ],
  invalid: [
    {
      name: "February 30th",
      text: variant(SMALL, ["last_updated: 2026-06-01", "last_updated: 2026-02-30"]),
      findings: [{ line: 7, column: 15, endLine: 7, endColumn: 25, message: "'last_updated' is not a real calendar date (got the text \"2026-02-30\")." }],
      output: null,
    },
    {
      name: "February 29th outside a leap year",
      text: variant(SMALL, ["next_review_due: 2027-01-15", "next_review_due: 2027-02-29"]),
      findings: [{ line: 10, column: 18, endLine: 10, endColumn: 28, message: "'next_review_due' is not a real calendar date (got the text \"2027-02-29\")." }],
      output: null,
    },
    {
      name: "month 13",
      text: variant(SMALL, ["last_updated: 2026-06-01", "last_updated: 2026-13-01"]),
      findings: [{ line: 7, column: 15, endLine: 7, endColumn: 25, message: "'last_updated' is not a real calendar date (got the text \"2026-13-01\")." }],
      output: null,
    },
    {
      name: "day 00",
      text: variant(SMALL, ["last_updated: 2026-06-01", "last_updated: 2026-06-00"]),
      findings: [{ line: 7, column: 15, endLine: 7, endColumn: 25, message: "'last_updated' is not a real calendar date (got the text \"2026-06-00\")." }],
      output: null,
    },
  ],
});
