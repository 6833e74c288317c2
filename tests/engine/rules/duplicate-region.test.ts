import { CLEAN, MERGED, SMALL, variant } from "../fixtures";
import { ruleTester } from "../rule-tester";

ruleTester("duplicate-region", {
  valid: [
    { name: "the clean seed", text: CLEAN },
    { name: "one region", text: SMALL },
    {
      name: "a region only a merge key brings in (its own is misspelt) is not a second listing",
      text: variant(MERGED, ["    region: New York", "    regoin: New York"]),
    },
    {
      name: "similar but different regions",
      text: variant(CLEAN, ["  - region: New York", "  - region: New York City"], ["| New York |", "| New York City |"]),
    },
  ],
  invalid: [
    {
      name: "a region listed twice (case-insensitive), reported on the second",
      text: variant(CLEAN, ["  - region: New York", "  - region: san francisco"]),
      findings: [{ line: 21, column: 13, endLine: 21, endColumn: 26, message: "Region 'san francisco' is listed twice (first as entry 1)." }],
      output: null,
    },
    {
      // Regression: the table pairs rows by regionKey (runs of spaces and the Unicode form do not
      // count), so it wanted one row for two such entries while duplicate-region saw two regions.
      name: "the same region with two spaces between its words: listed twice, as the table reads it",
      text: variant(CLEAN, ["  - region: New York", '  - region: "San  Francisco"']),
      findings: [{ line: 21, column: 13, endLine: 21, endColumn: 29, message: "Region 'San  Francisco' is listed twice (first as entry 1)." }],
      output: null,
    },
    {
      name: "the same region in the other Unicode form (a decomposed ü): listed twice",
      text: variant(CLEAN, ["  - region: New York", "  - region: Z\u00fcrich"], ["  - region: London", "  - region: Zu\u0308rich"]),
      findings: [{ line: 30, column: 13, endLine: 30, endColumn: 20, message: "Region 'Zu\u0308rich' is listed twice (first as entry 2)." }],
      output: null,
    },
    {
      name: "three times",
      text: variant(CLEAN, ["  - region: New York", "  - region: London"], ["  - region: San Francisco", "  - region: London"]),
      findings: [
        { line: 21, column: 13, endLine: 21, endColumn: 19, message: "Region 'London' is listed twice (first as entry 1)." },
        { line: 30, column: 13, endLine: 30, endColumn: 19, message: "Region 'London' is listed twice (first as entry 1)." },
      ],
      output: null,
    },
  ],
});
