// parse/frontmatter.ts on its own: where the block's lines are, and where each path of the YAML
// is written when it goes through aliases and merge keys (what findings, hovers and fixes point at).
// Spans are shown as the text they cover, so an offset that slips shows as the wrong text.
import { describe, expect, it } from "vitest";
import { FrontmatterNodes, splitFrontmatter, type PathSegment } from "../../server/src/engine/parse/frontmatter";
import type { Span } from "../../server/src/engine/types";

function split(text: string, start = 0) {
  return splitFrontmatter(text, start);
}

describe("splitFrontmatter", () => {
  it("finds the delimiter lines, the YAML between them and where the body starts", () => {
    const text = "---\na: 1\n---\nbody";
    const { frontmatter, bodyStart, problems } = split(text);
    expect(problems).toEqual([]);
    expect(frontmatter!.open).toEqual({ start: 0, end: 3 });
    expect(frontmatter!.close).toEqual({ start: 9, end: 12 });
    expect(frontmatter!.content).toEqual({ start: 4, end: 9 });
    expect(frontmatter!.data).toEqual({ a: 1 });
    expect(bodyStart).toBe(13);
  });

  it("leaves a CR out of the delimiter lines", () => {
    const { frontmatter, bodyStart } = split("---\r\na: 1\r\n---\r\nbody");
    expect(frontmatter!.open).toEqual({ start: 0, end: 3 });
    expect(frontmatter!.close).toEqual({ start: 11, end: 14 });
    expect(bodyStart).toBe(16);
  });

  it("keeps the parsed document when the YAML is invalid, with no data", () => {
    const { frontmatter, problems } = split("---\na: [1\n---\n");
    expect(problems.map((p) => p.rule)).toEqual(["yaml-syntax"]);
    expect(frontmatter!.doc.errors.length).toBeGreaterThan(0);
    expect(frontmatter!.data).toBeUndefined();
  });

  it("reports the parser's first error; of two at the same offset, the one it lists first", () => {
    // yaml lists MULTILINE_IMPLICIT_KEY, UNEXPECTED_TOKEN and MISSING_CHAR, all at the `-`.
    expect(split("---\na: 1\n- x\n---\n").problems).toEqual([
      { rule: "yaml-syntax", span: { start: 9, end: 10 }, message: "Invalid YAML: Implicit keys need to be on a single line" },
    ]);
  });

  it("explains the usual causes of an implicit key error, at the line to fix", () => {
    // A key indented two spaces under a plain value: the two spaces are pointed at.
    expect(split("---\na: 1\n  b: 2\n---\n").problems).toEqual([
      {
        rule: "yaml-syntax",
        span: { start: 9, end: 11 },
        message: "Invalid YAML: this line is indented under a plain value, so YAML reads it as part of that value; start it where the keys above start.",
      },
    ]);
    // MULTILINE_IMPLICIT_KEY too; the quotes in the value are escaped in the advice.
    expect(split("---\nk: v\n- x: y\n---\n").problems[0]!.message).toBe(
      "Invalid YAML: this value holds ': ', which YAML reads as a key; quote it (\"- x: y\").",
    );
    expect(split('---\na: b: "c"\n---\n').problems[0]!.message).toBe(
      'Invalid YAML: this value holds \': \', which YAML reads as a key; quote it ("b: \\"c\\"").',
    );
  });

  it("an implicit key error on an indented line, followed by a line at the same indent, is not 'indented under a plain value'", () => {
    // The error line's own indent is counted from its line's start (two spaces), not from the
    // end of the line before ("L6") or from the key: the next line is no deeper, so the parser's
    // message stands where the parser put it.
    const problems = split("---\nlevel_mapping:\n  staff: L6\n  senior\n  principal: L7\n---\n").problems;
    expect(problems.map((problem) => problem.message.startsWith("Invalid YAML: this line is indented under"))).toEqual([false]);
    expect(problems[0]!.span.start).toBe("---\nlevel_mapping:\n  staff: L6\n  ".length);
  });

  it("keeps the parsed document when the YAML is not a mapping", () => {
    const text = "---\n- a\n- b\n---\n";
    const { frontmatter, problems } = split(text);
    expect(problems).toEqual([{ rule: "yaml-syntax", span: { start: 4, end: 12 }, message: "The frontmatter must be a YAML mapping of keys to values." }]);
    expect(frontmatter!.doc.contents!.toJSON()).toEqual(["a", "b"]);
    expect(frontmatter!.data).toBeUndefined();
  });

  it("keeps the parsed document when the aliases would expand too far, and points at the first alias", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 6; i++)
      lines.push(
        `${"abcdef"[i]}: &${"abcdef"[i]} [${Array(10)
          .fill(`*${"abcdef"[i - 1]}`)
          .join(", ")}]`,
      );
    const text = `---\n${lines.join("\n")}\n---\n`;
    const { frontmatter, problems } = split(text);
    expect(problems.map((p) => [p.rule, text.slice(p.span.start, p.span.end)])).toEqual([["yaml-syntax", "*a"]]);
    expect(problems[0]!.message).toMatch(/^The YAML cannot be expanded safely: /);
    expect(frontmatter!.doc.contents).not.toBeNull();
    expect(frontmatter!.data).toBeUndefined();
  });

  it("names a duplicate key as it is written, when it reads as the same value as the earlier key", () => {
    const text = "---\n1: a\n0x1: b\n---\n";
    const { problems } = split(text);
    expect(problems.map((p) => text.slice(p.span.start, p.span.end))).toEqual(["0x1"]);
    expect(problems[0]!.message).toBe("Duplicate key '0x1': a key may appear once in a mapping (it is already set on line 2); remove or rename one.");
  });

  it("does not parse YAML nested too deep: an empty document, no data", () => {
    const { frontmatter, problems } = split(`---\na: ${"[".repeat(60)}${"]".repeat(60)}\n---\n`);
    expect(problems.map((p) => p.rule)).toEqual(["yaml-syntax"]);
    expect(frontmatter!.doc.contents).toBeNull();
    expect(frontmatter!.data).toBeUndefined();
  });

  it("reports nothing but the missing block when there is none", () => {
    expect(split("no frontmatter\n").problems.map((p) => p.rule)).toEqual(["frontmatter-missing"]);
  });
});

// A compensation entry anchored, then brought into others by a merge key, a list of merge keys
// and an alias, and a merge of a merge.
const TEXT = [
  "---",
  "company: acme",
  "empty:",
  "? lonely",
  "level:",
  "  internal: L3",
  "compensation:",
  "  - &us",
  "    region: US",
  "    base_low: 100",
  "  - <<: *us",
  "    region: Canada",
  "  - <<: [*us]",
  "    region: Mexico",
  "  - *us",
  "  - &de",
  "    <<: *us",
  "    region: Berlin",
  "  - <<: *de",
  "    currency: EUR",
  "  - plain",
  "  - {}",
  "  - <<: [*us, *de]",
  "---",
  "",
].join("\n");

const nodes = new FrontmatterNodes(split(TEXT).frontmatter!);
const show = (span: Span | undefined) => (span ? TEXT.slice(span.start, span.end) : undefined);
const entry = (i: number, ...rest: PathSegment[]): PathSegment[] => ["compensation", i, ...rest];

describe("FrontmatterNodes", () => {
  it("follows a chain of up to 20 merges and stops after (a cycle or a deep chain ends there)", () => {
    const lines = ["m0: &m0", "  k: v"];
    for (let i = 1; i <= 21; i++) lines.push(`m${i}: &m${i}`, `  <<: *m${i - 1}`);
    const chain = new FrontmatterNodes(split(`---\n${lines.join("\n")}\n---\n`).frontmatter!);
    expect(chain.node(["m20", "k"])?.toJSON()).toBe("v");
    expect(chain.node(["m21", "k"])).toBeUndefined();
  });

  it("finds a key only the second source of a merge list has", () => {
    const text = "---\na: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: [*a, *b]\n---\n";
    const found = new FrontmatterNodes(split(text).frontmatter!);
    expect(found.node(["c", "y"])?.toJSON()).toBe(2);
    expect(found.node(["c", "z"])).toBeUndefined();
  });

  it("reads a plain key's value, key, pair and end", () => {
    expect(show(nodes.valueSpan(["company"]))).toBe("acme");
    expect(show(nodes.keySpan(["company"]))).toBe("company");
    expect(show(nodes.pairSpan(["company"]))).toBe("company: acme");
    expect(show(nodes.writtenSpan(["company"], "key"))).toBe("company");
    expect(show(nodes.writtenSpan(["company"]))).toBe("acme");
    const pair = nodes.pair(["company"])!;
    expect(TEXT.slice(0, nodes.pairEnd(pair))).toMatch(/company: acme$/);
    expect(show(nodes.pairKeySpan(pair))).toBe("company");
    expect(nodes.aliasSpan(["company"])).toBeUndefined();
    expect(nodes.mergePairOf(["company"])).toBeUndefined();
  });

  it("ends an empty value's pair after its colon (the empty value's place)", () => {
    const pair = nodes.pair(["empty"])!;
    expect(TEXT.slice(0, nodes.pairEnd(pair))).toMatch(/\nempty:$/);
    expect(show(nodes.pairSpan(["empty"]))).toBe("empty:");
    // The empty value is a null scalar: spanFor gives its empty place after the colon.
    const colon = TEXT.indexOf("empty:") + "empty:".length;
    expect(nodes.spanFor(["empty"])).toEqual({ start: colon, end: colon });
  });

  it("ends a key with no value (`? key`) at the key", () => {
    const pair = nodes.pair(["lonely"])!;
    expect(pair.value).toBeNull();
    expect(TEXT.slice(0, nodes.pairEnd(pair))).toMatch(/\? lonely$/);
  });

  it("does not look for a key inside the values of other keys (only merge keys bring keys in)", () => {
    expect(show(nodes.valueSpan(["level", "internal"]))).toBe("L3");
    expect(nodes.locate(["internal"]).node).toBeUndefined();
    expect(nodes.pair(["internal"])).toBeUndefined();
  });

  it("reads an anchored entry's own keys where they are written", () => {
    expect(show(nodes.valueSpan(entry(0, "region")))).toBe("US");
    expect(show(nodes.pairSpan(entry(0, "base_low")))).toBe("base_low: 100");
    expect(show(nodes.firstKeySpan(entry(0)))).toBe("region");
    expect(nodes.isSequence(["compensation"])).toBe(true);
    expect(nodes.isSequence(entry(0))).toBe(false);
  });

  it("points a merged key at the merge's alias, and writes it where the anchor is", () => {
    expect(show(nodes.valueSpan(entry(1, "base_low")))).toBe("*us");
    expect(show(nodes.keySpan(entry(1, "base_low")))).toBe("*us");
    expect(show(nodes.aliasSpan(entry(1, "base_low")))).toBe("*us");
    expect(show(nodes.writtenSpan(entry(1, "base_low")))).toBe("100");
    expect(show(nodes.writtenSpan(entry(1, "base_low"), "key"))).toBe("base_low");
    expect(nodes.locate(entry(1, "base_low")).mergePair).toBe(nodes.mergePairOf(entry(1, "base_low")));
    expect(show(nodes.pairKeySpan(nodes.mergePairOf(entry(1, "base_low"))!))).toBe("<<");
    // The entry's own key wins over the merged one, and is its own.
    expect(show(nodes.valueSpan(entry(1, "region")))).toBe("Canada");
    expect(nodes.mergePairOf(entry(1, "region"))).toBeUndefined();
    expect(nodes.aliasSpan(entry(1, "region"))).toBeUndefined();
  });

  it("follows a list of merge keys", () => {
    expect(show(nodes.valueSpan(entry(2, "base_low")))).toBe("*us");
    expect(show(nodes.writtenSpan(entry(2, "base_low")))).toBe("100");
    expect(show(nodes.pairKeySpan(nodes.mergePairOf(entry(2, "base_low"))!))).toBe("<<");
  });

  it("looks in every source of a list of merge keys, the first source first", () => {
    expect(show(nodes.writtenSpan(entry(8, "base_low")))).toBe("100");
    expect(show(nodes.writtenSpan(entry(8, "region")))).toBe("US");
    // Both sources have `region` (the second through its own merge): the first one's wins.
    expect(show(nodes.valueSpan(entry(8, "region")))).toBe("*us");
  });

  it("points an aliased item at its alias", () => {
    expect(show(nodes.itemSpan(entry(3)))).toBe("*us");
    expect(show(nodes.firstKeySpan(entry(3)))).toBe("*us");
    expect(show(nodes.valueSpan(entry(3, "region")))).toBe("*us");
    expect(show(nodes.writtenSpan(entry(3, "region")))).toBe("US");
    expect(show(nodes.spanFor(entry(3, "region")))).toBe("*us");
  });

  it("follows a merge of a merge, and points at the outermost alias", () => {
    expect(show(nodes.valueSpan(entry(5, "base_low")))).toBe("*de");
    expect(show(nodes.writtenSpan(entry(5, "base_low")))).toBe("100");
    expect(show(nodes.writtenSpan(entry(5, "region")))).toBe("Berlin");
    expect(show(nodes.valueSpan(entry(5, "currency")))).toBe("EUR");
  });

  it("keeps the alias and the last pair on a path that ends early", () => {
    expect(show(nodes.aliasSpan(entry(3, "missing")))).toBe("*us");
    expect(show(nodes.aliasSpan(entry(3, 0)))).toBe("*us");
    expect(nodes.locate(["lonely", "x"]).pair).toBe(nodes.pair(["lonely"]));
    // A collection's pair span is its key alone.
    expect(show(nodes.pairSpan(["level"]))).toBe("level");
  });

  it("gives nothing for a path that is not there", () => {
    expect(nodes.locate(entry(0, "missing"))).toEqual({ node: undefined, pair: undefined, alias: undefined, mergePair: undefined });
    expect(nodes.locate(entry(1, "missing")).alias).toBeUndefined();
    expect(nodes.locate(["compensation", "region"]).node).toBeUndefined();
    expect(nodes.locate(["company", 0]).node).toBeUndefined();
    expect(nodes.node(entry(40))).toBeUndefined();
    expect(nodes.valueSpan(entry(0, "missing"))).toBeUndefined();
    expect(nodes.keySpan(entry(0, "missing"))).toBeUndefined();
    expect(nodes.pairSpan(entry(0, "missing"))).toBeUndefined();
    expect(nodes.writtenSpan(entry(0, "missing"), "key")).toBeUndefined();
    expect(nodes.itemSpan(entry(40))).toBeUndefined();
    expect(nodes.firstKeySpan(entry(40))).toBeUndefined();
  });

  it("reads a list item that is not a mapping", () => {
    expect(show(nodes.firstKeySpan(entry(6)))).toBe("plain");
    expect(show(nodes.itemSpan(entry(6)))).toBe("plain");
    expect(show(nodes.spanFor(entry(6)))).toBe("plain");
  });

  it("points at an empty mapping item itself", () => {
    expect(show(nodes.firstKeySpan(entry(7)))).toBe("{}");
    expect(show(nodes.itemSpan(entry(7)))).toBe("{}");
  });

  it("gives the whole document for the empty path", () => {
    expect(nodes.node([])).toBe(split(TEXT).frontmatter && nodes.locate([]).node);
    expect(nodes.node([])).toBeDefined();
  });

  it("spanFor: the value, else the key, else the nearest parent, else the opening line", () => {
    expect(show(nodes.spanFor(entry(0, "base_low")))).toBe("100");
    expect(show(nodes.spanFor(entry(0, "base_low"), "key"))).toBe("base_low");
    // A collection's key, not its extent.
    expect(show(nodes.spanFor(["compensation"]))).toBe("compensation");
    // A missing key: its entry's first key (the entry is a list item).
    expect(show(nodes.spanFor(entry(0, "missing")))).toBe("region");
    // A missing key of a mapping that is a key: that key.
    expect(show(nodes.spanFor(["compensation", 0, "missing", "deeper"]))).toBe("region");
    expect(show(nodes.spanFor(["missing"]))).toBe("---");
    expect(show(nodes.spanFor(["missing", "deeper"]))).toBe("---");
    // Under a scalar: the scalar's key, not its value.
    expect(show(nodes.spanFor(["company", "deeper"]))).toBe("company");
    // In a document that is a scalar, not a mapping: the opening line, not the scalar.
    const scalar = new FrontmatterNodes(split("---\nhello\n---\n").frontmatter!);
    expect(scalar.spanFor(["company"])).toEqual({ start: 0, end: 3 });
  });
});
