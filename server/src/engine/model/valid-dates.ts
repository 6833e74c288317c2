import { isRealDate, QUARTER } from "../dates";
import type { Seed } from "../parse/seed";
import { str } from "./frontmatter-data";

/** A frontmatter date that is present and real, else undefined (invalid dates are another rule's). */
export function validDate(seed: Seed, key: "last_updated" | "next_review_due"): string | undefined {
  const value = str(seed.data[key]);
  return value && isRealDate(value) ? value : undefined;
}

export function validQuarter(seed: Seed): string | undefined {
  const value = str(seed.data.salary_data_quarter);
  return value && QUARTER.test(value) ? value : undefined;
}
