import type { Rule } from "./rule";
import { spanAt, str } from "../model/frontmatter-data";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// A letter or digit just before or after a match means the source is inside another word. The
// check is a separate, precompiled pattern: a pattern per source with `\p{L}` in it takes half a
// millisecond to compile (the Unicode tables), 25 times the cost of the source's own pattern.
const WORD_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_AFTER = /^[\p{L}\p{N}]/u;

/** Does the text name the source as a word (case-insensitive, "Blind" not inside "Blindly")? */
function mentions(text: string, source: string): boolean {
  const words = source.trim().split(/\s+/).map(escape).join("\\s+");
  const pattern = new RegExp(words, "gi");
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    // Two code units: the character may be a surrogate pair.
    if (!WORD_BEFORE.test(text.slice(Math.max(0, match.index - 2), match.index)) && !WORD_AFTER.test(text.slice(end, end + 2))) return true;
    // A later match may start inside this one ("Blind" in "BBlind Blind").
    pattern.lastIndex = match.index + 1;
  }
  return false;
}

const rule: Rule = {
  id: "evidence-missing-source",
  severity: "warning",
  category: "body",
  description: "Evidence & Sources names every entry of `data_sources` (it may cite more).",
  fixable: "never",
  hasSuggestions: true,
  docs: {
    why: "Every data source the frontmatter claims should be cited where readers look for evidence, so the figures can be traced.",
    valid: { change: [] },
    invalid: {
      change: [["- Levels.fyi Berlin offers (2026)", "- Glassdoor Berlin offers (2026)"]],
      findings: [{ line: 25, column: 5, endLine: 25, endColumn: 15, message: "Data source 'Levels.fyi' is not mentioned under Evidence & Sources." }],
    },
  },
  check({ seed, report }) {
    const sources = seed.data.data_sources;
    if (!Array.isArray(sources) || !seed.frontmatter) return;
    const evidence = seed.body.evidence;
    const eol = seed.eol;
    if (!evidence) {
      const atEnd = seed.text.length;
      const lead = seed.text.endsWith("\n") ? eol : `${eol}${eol}`;
      const names = sources.map(str).filter((s): s is string => !!s);
      report({
        span: spanAt(seed, ["data_sources"], "key"),
        message: "The body has no '#### Evidence & Sources' section naming the data sources.",
        fixes: names.length
          ? [
              {
                title: "Add an Evidence & Sources section listing the data sources",
                safe: false,
                edits: [{ start: atEnd, end: atEnd, newText: `${lead}#### Evidence & Sources${eol}${names.map((n) => `- ${n}`).join(eol)}${eol}` }],
              },
            ]
          : [],
      });
      return;
    }
    sources.forEach((value, index) => {
      const source = str(value);
      if (!source?.trim() || mentions(evidence.text, source)) return;
      const at = evidence.insertAt;
      const needsBreak = at === seed.text.length && !seed.text.endsWith("\n");
      report({
        span: spanAt(seed, ["data_sources", index]),
        message: `Data source '${source}' is not mentioned under ${evidence.heading.text}.`,
        fixes: [
          {
            title: `Add "${source}" to ${evidence.heading.text}`,
            safe: false,
            edits: [{ start: at, end: at, newText: needsBreak ? `${eol}- ${source}` : `- ${source}${eol}` }],
          },
        ],
      });
    });
  },
};
export default rule;
