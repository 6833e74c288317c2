// Malformed input produces findings with exact ranges, never an exception (and never a hang).
import { describe, expect, it } from "vitest";
import { checkBytes, checkSeed, fixSeed, type Finding } from "../../server/src/engine";
import { CLEAN, crlf, REFERENCE, SMALL, TODAY, variant, withSanFranciscoCell } from "./fixtures";

const at = (findings: Finding[]) =>
  findings.map((f) => `${f.rule}@${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1}`);
const check = (text: string) => checkSeed(text, { today: TODAY }).findings;
const encode = (text: string) => new TextEncoder().encode(text);

/** Checks and fixes without throwing, and returns the findings. */
function safely(text: string): Finding[] {
  const findings = check(text);
  // A rule that throws is reported as a finding by checkParsed: none may here.
  expect(findings.filter((f) => f.message.includes("failed on this seed")).map((f) => f.message)).toEqual([]);
  expect(() => fixSeed(text, { today: TODAY })).not.toThrow();
  return findings;
}

describe("bad input: no frontmatter", () => {
  it("an empty file", () => {
    const findings = safely("");
    expect(at(findings)).toEqual(["frontmatter-missing@1:1-1:1"]);
    expect(findings[0]!.message).toBe("The file is empty: a seed starts with a YAML frontmatter block between '---' lines.");
  });

  it("whitespace only", () => {
    expect(at(safely("  \n\t\n"))).toEqual(["frontmatter-missing@1:1-1:3"]);
  });

  it("Markdown without frontmatter: no body rule guesses", () => {
    expect(at(safely("# Title\n\nSome text: I need $250K base.\n"))).toEqual(["frontmatter-missing@1:1-1:8"]);
  });

  it("unterminated frontmatter", () => {
    const findings = safely("---\ncompany: acme\nrole: x\n");
    expect(at(findings)).toEqual(["frontmatter-missing@1:1-1:4"]);
    expect(findings[0]!.message).toBe("The frontmatter is not terminated: add a '---' line after the last YAML key.");
  });
});

describe("bad input: YAML", () => {
  it("invalid YAML is reported at the YAML's own position, and the body is left alone", () => {
    const text = variant(SMALL, ['company_display: "Acme"', 'company_display: "Acme']);
    const findings = safely(text);
    expect(at(findings)).toEqual(["yaml-syntax@3:23-4:1"]);
    expect(findings[0]!.message).toBe('Invalid YAML: Missing closing "quote');
    expect(fixSeed(text, { today: TODAY }).text).toBe(text);
  });

  it("YAML that is a list", () => {
    const findings = safely("---\n- company: acme\n- role: x\n---\nbody\n");
    expect(at(findings)).toEqual(["yaml-syntax@2:1-4:1"]);
    expect(findings[0]!.message).toBe("The frontmatter must be a YAML mapping of keys to values.");
  });

  it("duplicate keys", () => {
    const findings = safely(variant(SMALL, ["data_quality: medium", "data_quality: medium\ncompany: other"]));
    expect(at(findings)).toEqual(["yaml-syntax@9:1-9:8"]);
    expect(findings[0]!.message).toBe("Duplicate key 'company': a key may appear once in a mapping (it is already set on line 2); remove or rename one.");
  });

  it("an alias bomb (billion laughs) finishes fast with a yaml-syntax finding", () => {
    const lines = ["---", 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 10; level++) {
      const [previous, current] = [String.fromCharCode(96 + level), String.fromCharCode(97 + level)];
      lines.push(`${current}: &${current} [${Array(9).fill(`*${previous}`).join(",")}]`);
    }
    const text = [...lines, "---", ""].join("\n");
    const started = performance.now();
    const findings = safely(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(at(findings)).toEqual(["yaml-syntax@3:8-3:10"]);
    expect(findings[0]!.message).toBe("The YAML cannot be expanded safely: Excessive alias count indicates a resource exhaustion attack.");
  });

  it("__proto__ keys are unknown keys and pollute nothing", () => {
    const text = variant(
      SMALL,
      ["data_quality: medium", "data_quality: medium\n__proto__: {polluted: 1}"],
      ["    currency: EUR", "    currency: EUR\n    __proto__: {polluted: 2}"],
    );
    const findings = safely(text);
    expect(at(findings)).toEqual(["unknown-key@9:1-9:10", "unknown-key@22:5-22:14"]);
    expect(findings.map((f) => f.message)).toEqual(["Unknown key '__proto__'.", "Unknown key '__proto__' in compensation entry 1 (Berlin)."]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keys named like Object methods are plain unknown keys", () => {
    const findings = safely(variant(SMALL, ["data_quality: medium", "data_quality: medium\nconstructor: x\ntoString: y"]));
    expect(at(findings)).toEqual(["unknown-key@9:1-9:12", "unknown-key@10:1-10:9"]);
  });

  it("deeply nested flow YAML is refused before the parser recurses", () => {
    const text = variant(SMALL, ["data_quality: medium", `data_quality: medium\nnotes: ${"[".repeat(10000)}${"]".repeat(10000)}`]);
    const findings = safely(text);
    expect(at(findings)).toEqual(["yaml-syntax@9:57-9:58"]);
    expect(findings[0]!.message).toBe("The YAML is nested more than 50 levels deep (a seed needs three), so it is not parsed.");
  });

  it("deeply nested block YAML too", () => {
    const nested = Array.from({ length: 200 }, (_, i) => `${" ".repeat(i + 1)}k${i}:`).join("\n");
    expect(at(safely(variant(SMALL, ["data_quality: medium", `data_quality: medium\nnotes:\n${nested} v`])))).toEqual(["yaml-syntax@59:51-59:52"]);
  });

  it("modest nesting is parsed as usual", () => {
    expect(at(safely(variant(SMALL, ["data_quality: medium", "data_quality: medium\nnotes: [[[[1]]], {a: {b: [2]}}]"])))).toEqual(["unknown-key@9:1-9:6"]);
  });
});

describe("bad input: bytes", () => {
  it("a PNG header is not UTF-8: not-text at 1:1", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const result = checkBytes(png, { today: TODAY });
    expect(at(result.findings)).toEqual(["not-text@1:1-1:1"]);
    expect(result.findings[0]!.message).toBe("This is not a text seed: The file is not valid UTF-8 text.");
  });

  it("NUL bytes in valid UTF-8: not-text on the first one, and no other finding", () => {
    const result = checkBytes(encode("---\ncompany: acme\n\0\0\0\n---\n"), { today: TODAY });
    expect(at(result.findings)).toEqual(["not-text@3:1-3:2"]);
    expect(result.findings[0]!.message).toBe("This is not a text seed: it contains a binary control character (U+0000).");
  });

  it("invalid UTF-8 sequences", () => {
    const result = checkBytes(Uint8Array.from([...encode("---\ncompany: "), 0xc3, 0x28, 0x0a]), { today: TODAY });
    expect(at(result.findings)).toEqual(["not-text@1:1-1:1"]);
    expect(result.decodeError).toBe("The file is not valid UTF-8 text.");
  });

  it("random binary does not throw", () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(at(checkBytes(bytes, { today: TODAY }).findings)).toEqual(["not-text@1:1-1:1"]);
  });
});

describe("bad input: line endings and BOM", () => {
  const BROKEN = variant(
    REFERENCE,
    ["role_type: standard", "role_type: standrd"],
    ["### ML/AI Engineer |", "### ML Engineer |"],
    ["| London | £148K–£194K |", "| London | $148K–$194K |"],
    ["- Glassdoor and Blind verified", "- Verified"],
  );

  it("CRLF everywhere: the same findings at the same line/columns, no range ends inside a CRLF", () => {
    const lf = safely(BROKEN);
    const text = crlf(BROKEN);
    const findings = safely(text);
    expect(lf.length).toBe(9);
    expect(findings.map((f) => [f.rule, f.range, f.message])).toEqual(lf.map((f) => [f.rule, f.range, f.message]));
    for (const finding of findings) {
      expect(text.slice(finding.span.start, finding.span.end)).not.toMatch(/\r$/);
      expect(text[finding.span.end - 1], finding.rule).not.toBe("\r");
      for (const fix of finding.fixes) for (const edit of fix.edits) expect(edit.newText, fix.title).not.toMatch(/(?<!\r)\n/);
    }
    const fixed = fixSeed(text, { today: TODAY }).text;
    expect(fixed).not.toMatch(/(?<!\r)\n/);
    expect(fixed).toBe(crlf(fixSeed(BROKEN, { today: TODAY }).text));
  });

  it("a BOM: the seed reads the same, columns on the first line count it", () => {
    expect(safely(`\uFEFF${CLEAN}`)).toEqual([]);
    const withBom = safely(`\uFEFF${BROKEN}`);
    const without = safely(BROKEN);
    expect(withBom.map((f) => [f.rule, f.range.start.line > 0 ? f.range : "first line", f.message])).toEqual(
      without.map((f) => [f.rule, f.range.start.line > 0 ? f.range : "first line", f.message]),
    );
    expect(fixSeed(`\uFEFF${withSanFranciscoCell("base", "TBD")}`, { today: TODAY }).text).toBe(`\uFEFF${CLEAN}`);
  });

  it("a lone CR is not a line break and does not crash", () => {
    expect(() => safely(CLEAN.replace(/\n/g, "\r"))).not.toThrow();
  });
});
