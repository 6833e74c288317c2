// The heading, the Negotiation DNA line and the Level Mapping line restate one frontmatter
// value each; a missing or different line is fixed by writing it from the frontmatter.
import type { Seed } from "../parse/seed";
import type { Line } from "../parse/body";
import type { Span, Severity } from "../types";
import type { RuleCheck } from "../rules/rule";
import { insertAfter } from "../model/body-edits";
import { normalizeSpace, quoted } from "../model/frontmatter-data";

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
      if (normalizeSpace(found.value) === normalizeSpace(expected)) return;
      report({
        span: found.valueSpan,
        message: `The ${spec.label} says '${quoted(found.value)}' but the frontmatter says '${quoted(expected)}'.`,
        fixes: [{ title: `Update the ${spec.label} from the frontmatter`, safe: true, edits: [{ ...found.valueSpan, newText: expected }] }],
      });
    },
  };
}
