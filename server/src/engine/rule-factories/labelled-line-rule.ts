// The heading, the Negotiation DNA line and the Level Mapping line restate one frontmatter
// value each. A missing line is written from the frontmatter; in a line that differs, the words
// that contradict the frontmatter are rewritten from it (a safe fix), and words the line only adds
// are the author's: dropping them, or copying the line into the frontmatter, is a suggestion.
import type { Seed } from "../parse/seed";
import type { Line } from "../parse/body";
import type { Fix, Span, Severity, TextEdit } from "../types";
import type { RuleCheck } from "../rules/rule";
import { insertAfter } from "../model/body-edits";
import { normalizeSpace, quoted } from "../model/frontmatter-data";
import { compareRestatement } from "../model/restatement";
import { readCell } from "../parse/cells";

interface Spec {
  id: string;
  severity: Severity;
  description: string;
  /** What the line must say, or undefined when the frontmatter cannot tell. */
  expected(seed: Seed): string | undefined;
  /** The line found in the body: its value's span and text. */
  found(seed: Seed): { valueSpan: Span; value: string } | undefined;
  label: string;
  /** The full line to insert when it is missing. */
  line(value: string): string;
  insertAfter(seed: Seed): Line | undefined;
  /** The other direction, where the frontmatter holds the line's value: the edit that sets it to `value`. */
  fromBody?(seed: Seed, value: string): TextEdit | undefined;
}

export function labelledLineRule(spec: Spec): RuleCheck {
  return {
    id: spec.id,
    severity: spec.severity,
    category: "body",
    description: spec.description,
    check({ seed, report }) {
      if (!seed.frontmatter) return;
      const expected = spec.expected(seed);
      if (expected === undefined) return;
      const found = spec.found(seed);
      if (!found) {
        const anchor = spec.insertAfter(seed);
        report({
          span: anchor?.span ?? seed.frontmatter.close,
          message: `The body has no ${spec.label}; it should read '${spec.line(expected)}'.`,
          fixes: [{ title: `Add the ${spec.label} from the frontmatter`, safe: true, edits: [insertAfter(seed, anchor, spec.line(expected))] }],
        });
        return;
      }
      // The line means what it renders to (`**Stable** \| On-call`, `&#124;`, a link's text), in
      // either Unicode normalization form (an NFD `Zürich` is the NFC one).
      const same = (text: string) => normalizeSpace(text).normalize("NFC") === normalizeSpace(expected).normalize("NFC");
      // Markup never makes a text many times longer than what it renders to: a longer line (a
      // 200 KB paste) is not rendered to find that out.
      const renderable = found.value.length <= expected.length * 4 + 1000;
      if (same(found.value) || (renderable && same(readCell(found.value, found.valueSpan.start).text))) return;
      const { corrections, additions, aligned } = compareRestatement(found.value, found.valueSpan.start, expected);
      if (corrections.length === 0 && additions.length === 0) return;
      const added = additions.map((span) => seed.text.slice(span.start, span.end)).join(" … ");
      const fixes: Fix[] = [];
      if (corrections.length) {
        fixes.push({
          title: `Update the ${spec.label} from the frontmatter${additions.length ? " (keep what it adds)" : ""}`,
          safe: aligned,
          edits: corrections,
        });
      }
      if (additions.length) {
        fixes.push({
          title: `Write the ${spec.label} as the frontmatter says (drop '${quoted(added)}')`,
          safe: false,
          edits: [{ ...found.valueSpan, newText: expected }],
        });
      }
      // The other direction: the frontmatter may be what is stale.
      const reverse = spec.fromBody?.(seed, found.value);
      if (reverse) fixes.push({ title: `Set the frontmatter from the ${spec.label}`, safe: false, edits: [reverse] });
      if (corrections.length) {
        report({
          span: found.valueSpan,
          message: `The ${spec.label} says '${quoted(found.value)}' but the frontmatter says '${quoted(normalizeSpace(expected))}'.`,
          fixes,
        });
        return;
      }
      // Nothing contradicts: the line says more than the frontmatter. Both directions are the author's call.
      report({
        span: { start: additions[0]!.start, end: additions[additions.length - 1]!.end },
        message: `The ${spec.label} adds '${quoted(added)}' to what the frontmatter says ('${quoted(normalizeSpace(expected))}').`,
        fixes,
      });
    },
  };
}
