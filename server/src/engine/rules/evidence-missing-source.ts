import type { Rule } from "./rule";
import { spanAt, str } from "../model/frontmatter-data";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Does the text name the source as a word (case-insensitive, "Blind" not inside "Blindly")? */
function mentions(text: string, source: string): boolean {
  const words = source.trim().split(/\s+/).map(escape).join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, "iu").test(text);
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
