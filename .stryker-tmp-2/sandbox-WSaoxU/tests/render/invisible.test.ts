// @ts-nocheck
// Hidden characters in the preview (issue 9): a bidirectional control or a zero-width character
// is shown as a marked label, wherever seed text is printed, and never takes effect; legitimate
// Unicode (accents, CJK, emoji joined with U+200D) is printed as it is.
import { describe, expect, it } from "vitest";
import { checkSeed } from "../../server/src/engine";
import { renderPreview } from "../../server/src/render";
import { fixture, TODAY } from "./helpers";

const render = (text: string) => renderPreview(checkSeed(text, { today: TODAY }), { today: TODAY });
const label = (code: string, name: string) => `<span class="invisible-char" title="U+${code} ${name}">⟨U+${code}⟩</span>`;
const reference = fixture("reference.txt");

describe("invisible characters in the preview", () => {
  it("in body prose, a table cell, inline code and a fenced block: shown, not applied", () => {
    const text = reference
      .replace("I need $252K base.", "I need $252K\u202E base.")
      .replace("| New York |", "| New\u200BYork |")
      .replace("#### Evidence & Sources", "`a\u2066b`\n\n```\nx\u200Fy\n```\n\n#### Evidence & Sources");
    const html = render(text);
    expect(html).toContain(`I need $252K${label("202E", "RIGHT-TO-LEFT OVERRIDE")} base.`);
    expect(html).toContain(`New${label("200B", "ZERO WIDTH SPACE")}York`);
    expect(html).toContain(`<code>a${label("2066", "LEFT-TO-RIGHT ISOLATE")}b</code>`);
    expect(html).toContain(`">x${label("200F", "RIGHT-TO-LEFT MARK")}y\n</code></pre>`);
    expect(html).toMatch(/<pre><code data-line="\d+">x<span class="invisible-char"/);
    for (const code of ["\u202E", "\u200B", "\u2066", "\u200F"]) expect(html).not.toContain(code);
  });

  it("in the header card: the company, the role and the data sources", () => {
    const text = reference
      .replace('company_display: "Weights & Biases"', 'company_display: "Weights\u2060 & Biases"')
      .replace("role_display: ML/AI Engineer", "role_display: ML/AI\u00AD Engineer")
      .replace("  - Blind", "  - Bli\u{E0041}nd");
    const html = render(text);
    expect(html).toContain(`Weights${label("2060", "WORD JOINER")} &amp; Biases</h1>`);
    expect(html).toContain(`ML/AI${label("00AD", "SOFT HYPHEN")} Engineer</p>`);
    expect(html).toContain(`<li class="chip">Bli${label("E0041", "TAG CHARACTER")}nd</li>`);
  });

  it("legitimate Unicode is printed as written", () => {
    const words = "Zürich 東京 شركة 👩‍💻 👨🏽‍🚀 ❤️ می‌خواهم";
    const html = render(reference.replace("I need $252K base.", `I need $252K base. ${words}`));
    expect(html).toContain(words);
    expect(html).not.toContain("invisible-char");
  });
});
