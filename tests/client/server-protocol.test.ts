import { describe, expect, it } from "vitest";
import { checkSummary, editRefusal, isWorkspaceEdit, overduePickItems, readCheckCounts, readOverdueReviews } from "../../client/src/server-protocol";

const review = (over: Record<string, unknown>) => ({
  uri: "file:///w/seeds/a.md",
  file: "seeds/a.md",
  company: "acme",
  role: "engineer",
  nextReviewDue: "2026-01-01",
  daysOverdue: 3,
  ...over,
});

describe("readOverdueReviews", () => {
  it("keeps well-formed entries, most overdue first, then by file", () => {
    const reviews = readOverdueReviews([
      review({ file: "seeds/b.md", daysOverdue: 3 }),
      review({ file: "seeds/c.md", daysOverdue: 40 }),
      review({ file: "seeds/a.md", daysOverdue: 3 }),
    ]);
    expect(reviews.map((entry) => [entry.file, entry.daysOverdue])).toEqual([
      ["seeds/c.md", 40],
      ["seeds/a.md", 3],
      ["seeds/b.md", 3],
    ]);
  });
  it("drops malformed entries and fills what is optional", () => {
    const reviews = readOverdueReviews([null, "x", review({ daysOverdue: "3" }), { uri: "file:///w/seeds/d.md", nextReviewDue: "2026-02-01", daysOverdue: 1 }]);
    expect(reviews).toEqual([
      { uri: "file:///w/seeds/d.md", file: "file:///w/seeds/d.md", company: undefined, role: undefined, nextReviewDue: "2026-02-01", daysOverdue: 1 },
    ]);
  });
  it("reads anything that is not a list as no reviews", () => {
    expect(readOverdueReviews({ reviews: [] })).toEqual([]);
    expect(readOverdueReviews(undefined)).toEqual([]);
  });
});

describe("overduePickItems", () => {
  it("labels each seed by company and role, with how late it is", () => {
    const [one, other] = overduePickItems(
      readOverdueReviews([review({ daysOverdue: 1 }), review({ company: undefined, role: undefined, file: "seeds/x.md", daysOverdue: 12 })]),
    );
    expect(one).toMatchObject({ label: "seeds/x.md", description: "12 days overdue (due 2026-01-01)", detail: "seeds/x.md" });
    expect(other).toMatchObject({ label: "acme · engineer", description: "1 day overdue (due 2026-01-01)", detail: "seeds/a.md" });
  });
});

describe("readCheckCounts and checkSummary", () => {
  it("reads the counts a server gives", () => {
    expect(readCheckCounts({ files: 12, errors: 2, warnings: 1, infos: 0 })).toEqual({ files: 12, errors: 2, warnings: 1, infos: 0 });
    expect(readCheckCounts({ fileCount: 1, errorCount: 0, warningCount: 3 })).toEqual({ files: 1, errors: 0, warnings: 3 });
  });
  it("gives up on an answer without counts", () => {
    expect(readCheckCounts(null)).toBeUndefined();
    expect(readCheckCounts({ files: 3 })).toBeUndefined();
    expect(readCheckCounts([1, 2])).toBeUndefined();
  });
  it("says it in one sentence", () => {
    expect(checkSummary({ files: 12, errors: 2, warnings: 1, infos: 0 })).toBe("Checked 12 seeds: 2 errors, 1 warning, 0 info.");
    expect(checkSummary({ files: 1, errors: 1, warnings: 0, infos: 4 })).toBe("Checked 1 seed: 1 error, 0 warnings, 4 info.");
    expect(checkSummary({ files: 3, errors: 0, warnings: 0 })).toBe("Checked 3 seeds: 0 errors, 0 warnings.");
  });
});

describe("isWorkspaceEdit", () => {
  it("recognises the two LSP shapes", () => {
    expect(isWorkspaceEdit({ changes: { "file:///a.md": [] } })).toBe(true);
    expect(isWorkspaceEdit({ documentChanges: [] })).toBe(true);
  });
  it("rejects anything else", () => {
    expect(isWorkspaceEdit(null)).toBe(false);
    expect(isWorkspaceEdit({ applied: true })).toBe(false);
    expect(isWorkspaceEdit({ changes: [] })).toBe(false);
  });
});

describe("editRefusal", () => {
  it("gives the server's reason for not editing", () => {
    expect(editRefusal({ applied: false, reason: "Nothing to change." })).toBe("Nothing to change.");
    expect(editRefusal({ applied: false })).toBe("The seed was not changed.");
  });
  it("is silent when the edit was applied or the answer is something else", () => {
    expect(editRefusal({ applied: true })).toBeUndefined();
    expect(editRefusal(undefined)).toBeUndefined();
    expect(editRefusal({ changes: {} })).toBeUndefined();
  });
});
