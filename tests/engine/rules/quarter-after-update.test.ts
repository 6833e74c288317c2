import { CLEAN, SMALL, variant } from "../fixtures";
import { ruleTester } from "../rule-tester";

ruleTester("quarter-after-update", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "the quarter of the update", text: variant(SMALL, ["salary_data_quarter: 2026-Q1", "salary_data_quarter: 2026-Q2"]) },
    {
      name: "a quarter starting on the update day",
      text: variant(SMALL, ["last_updated: 2026-06-01", "last_updated: 2026-07-01"], ["salary_data_quarter: 2026-Q1", "salary_data_quarter: 2026-Q3"]),
    },
    {
      name: "no last_updated: the quarter is compared with nothing",
      text: variant(SMALL, ["last_updated: 2026-06-01\n", ""], ["salary_data_quarter: 2026-Q1", "salary_data_quarter: 2026-Q3"]),
    },
    {
      name: "an invalid last_updated: the quarter is compared with nothing",
      text: variant(SMALL, ["last_updated: 2026-06-01", "last_updated: 2026-13-45"], ["salary_data_quarter: 2026-Q1", "salary_data_quarter: 2026-Q3"]),
    },
    { name: "an invalid quarter is not compared", text: variant(SMALL, ["salary_data_quarter: 2026-Q1", "salary_data_quarter: 2027-Q9"]) },
  ],
  invalid: [
    {
      name: "the next quarter",
      text: variant(SMALL, ["salary_data_quarter: 2026-Q1", "salary_data_quarter: 2026-Q3"]),
      findings: [{ line: 9, column: 22, endLine: 9, endColumn: 29, message: "'salary_data_quarter' (2026-Q3) is after 'last_updated' (2026-06-01)." }],
      output: null,
    },
    {
      name: "a later year",
      text: variant(CLEAN, ["salary_data_quarter: 2025-Q4", "salary_data_quarter: 2027-Q1"]),
      findings: [{ line: 9, column: 22, endLine: 9, endColumn: 29, message: "'salary_data_quarter' (2027-Q1) is after 'last_updated' (2026-02-23)." }],
      output: null,
    },
  ],
});
