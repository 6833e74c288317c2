// Raw HTML blocks, comments above all, as GFM reads them: what a comment holds is hidden (a
// commented-out old table is no table), and the preview hides it too (regression from a
// new-user pass: 7 false errors, and --fix rewrote the commented figures).
import { describe, expect, it } from "vitest";
import { checkSeed, fixSeed, parseSeed } from "../../server/src/engine";
import { endsHtmlBlock, htmlBlockStart } from "../../server/src/engine/parse/html-blocks";
import { renderPreview } from "../../server/src/render";
import { CLEAN, ROWS, TODAY, variant } from "./fixtures";

const OLD_TABLE = [
  "<!-- old figures, kept for reference",
  "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |",
  "|---|---|---|---|---|",
  "| San Francisco | $150K–$200K | $100K–$200K | 5% | $200K–$300K |",
  "-->",
  "",
].join("\n");
const HEADER = "| Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |";
const COMMENTED = variant(CLEAN, [HEADER, `${OLD_TABLE}${HEADER}`]);

describe("raw HTML blocks", () => {
  it("a commented-out table above the real one: no finding, --fix changes nothing, the real table is read", () => {
    expect(checkSeed(COMMENTED, { today: TODAY }).findings).toEqual([]);
    expect(fixSeed(COMMENTED, { today: TODAY }).text).toBe(COMMENTED);
    const wrong = variant(COMMENTED, [ROWS.london, ROWS.london.replace("£148K", "£150K")]);
    expect(checkSeed(wrong, { today: TODAY }).findings.map((finding) => finding.rule)).toEqual(["table-cell-mismatch"]);
  });

  it("an amount in a comment is no ask, and a heading in one is no heading", () => {
    const hidden = variant(CLEAN, ["#### Evidence & Sources", "<!-- I need $900K base.\n### Draft | Heading -->\n\n#### Evidence & Sources"]);
    expect(checkSeed(hidden, { today: TODAY }).findings).toEqual([]);
    expect(parseSeed(hidden).body.headings.map((heading) => heading.text)).not.toContain("Draft | Heading");
  });

  it("a block of raw HTML runs to a blank line; a table after the blank line is a table", () => {
    const details = variant(CLEAN, [HEADER, `<details>\n<summary>Figures</summary>\n\n${HEADER}`]);
    expect(checkSeed(details, { today: TODAY }).findings).toEqual([]);
    expect(parseSeed(details).body.table?.rows).toHaveLength(3);
  });

  it("a comment line right under the table ends it, as markdown-it does", () => {
    const after = variant(CLEAN, [`${ROWS.london}\n`, `${ROWS.london}\n<!-- reviewed 2026 -->\n`]);
    expect(parseSeed(after).body.table?.rows).toHaveLength(3);
    expect(checkSeed(after, { today: TODAY }).findings).toEqual([]);
  });

  it("the preview hides the comment and its table, and shows other raw HTML as text", () => {
    const text = variant(COMMENTED, ["#### Evidence & Sources", "<div>raw <b>html</b></div>\n\n#### Evidence & Sources"]);
    const html = renderPreview(checkSeed(text, { today: TODAY }), { today: TODAY });
    expect(html).not.toContain("old figures");
    expect(html).not.toContain("$150K–$200K");
    expect(html).toContain("&lt;div&gt;raw &lt;b&gt;html&lt;/b&gt;&lt;/div&gt;");
    expect(html).not.toContain("<b>html</b>");
  });

  it.each([
    ["<!-- x", true],
    ["   <!-- x", true],
    ["    <!-- x", false],
    ["<script>", true],
    ["<div class=a>", true],
    ["</details>", true],
    ["<?php", true],
    ["<!DOCTYPE html>", true],
    ["<![CDATA[", true],
    ["<span>", false],
    ["<divx>", false],
    ["text <!-- x", false],
  ])("%j starts a raw HTML block: %s", (line, starts) => {
    expect(htmlBlockStart(line) !== undefined).toBe(starts);
  });

  it("ends: a comment at -->, a block tag at a blank line", () => {
    expect(endsHtmlBlock("still a comment", htmlBlockStart("<!--")!)).toBe(false);
    expect(endsHtmlBlock("end -->", htmlBlockStart("<!--")!)).toBe(true);
    expect(endsHtmlBlock("  ", htmlBlockStart("<div>")!)).toBe(true);
    expect(endsHtmlBlock("text", htmlBlockStart("<div>")!)).toBe(false);
  });
});
