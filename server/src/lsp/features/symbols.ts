// The outline and the folds of a seed: the frontmatter's keys (one child per compensation
// region), then the body's headings nested by level. Read from indentation like completion, so
// the outline stays put while the YAML is briefly invalid.
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from "vscode-languageserver";
import { entries, formatMoneyRange, isIsoCurrency, type Seed, type Span } from "../../engine";
import { outline, type OutlineLine } from "./yaml-outline";

interface Block {
  line: OutlineLine;
  /** Through the end of the block's last non-blank line. */
  span: Span;
  children: Block[];
}

/** The end of the last non-blank, non-comment line before `limit`, not before `from`'s line end. */
function contentEnd(seed: Seed, from: number, limit: number): number {
  const first = seed.lines.lineOf(from);
  let line = seed.lines.lineOf(Math.max(from, limit - 1));
  if (limit <= seed.lines.lineStart(line)) line--;
  while (line > first) {
    const text = seed.text.slice(seed.lines.lineStart(line), seed.lines.lineEnd(line)).trim();
    if (text !== "" && !text.startsWith("#")) break;
    line--;
  }
  return seed.lines.lineEnd(Math.max(line, first));
}

/** Top-level keys with their items (list entries) or nested keys as children. */
function frontmatterBlocks(seed: Seed, yaml: Span): Block[] {
  const lines = outline(seed.text, yaml);
  const blocks: Block[] = [];
  const tops = lines.filter((line) => line.container.length === 0 && line.key !== undefined);
  tops.forEach((top, i) => {
    const limit = tops[i + 1]?.start ?? yaml.end;
    // Direct children: list items (`- ` lines, container [key, index]) or nested keys ([key]).
    const isChild = (line: OutlineLine) => line.container[0] === top.key && line.container.length === (line.dashCol !== undefined ? 2 : 1);
    const children = lines
      .filter((line) => line.start > top.start && line.start < limit && isChild(line))
      .map((line, j, all) => ({ line, span: { start: line.start, end: contentEnd(seed, line.start, all[j + 1]?.start ?? limit) }, children: [] }));
    blocks.push({ line: top, span: { start: top.start, end: contentEnd(seed, top.start, limit) }, children });
  });
  return blocks;
}

function entryName(seed: Seed, index: number): { name: string; detail?: string } {
  const entry = entries(seed).find((candidate) => candidate.index === index);
  if (!entry?.region) return { name: `entry ${index + 1}` };
  const { base_low: low, base_high: high } = entry.data;
  const readable = typeof low === "number" && typeof high === "number" && entry.currency && isIsoCurrency(entry.currency);
  const money = readable ? formatMoneyRange(low, high, entry.currency!) : undefined;
  return { name: entry.region, detail: [entry.currency, money && `base ${money}`].filter(Boolean).join(" · ") || undefined };
}

function keySymbol(seed: Seed, block: Block): DocumentSymbol {
  const { line } = block;
  const keyStart = line.start + line.col;
  const selection = seed.lines.range({ start: keyStart, end: keyStart + (line.key?.length ?? 0) });
  const range = seed.lines.range(block.span);
  if (line.key === undefined || line.dashCol !== undefined) {
    // A list item: a compensation entry (named by its region) or a data source.
    const index = line.container[line.container.length - 1] as number;
    const isEntry = line.container[0] === "compensation";
    const itemText = () => seed.text.slice(keyStart, seed.lines.lineEnd(seed.lines.lineOf(line.start))).trim();
    const name = isEntry ? entryName(seed, index) : { name: itemText() || `item ${index + 1}` };
    const detail = "detail" in name ? name.detail : undefined;
    return { name: name.name, detail, kind: isEntry ? SymbolKind.Object : SymbolKind.String, range, selectionRange: isEntry ? range : selection };
  }
  const kind =
    line.key === "compensation" || line.key === "data_sources" ? SymbolKind.Array : line.key === "level_mapping" ? SymbolKind.Object : SymbolKind.Property;
  return { name: line.key, kind, range, selectionRange: selection, children: block.children.map((child) => keySymbol(seed, child)) };
}

function headingSymbols(seed: Seed): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const stack: { level: number; symbol: DocumentSymbol }[] = [];
  const headings = seed.body.headings;
  headings.forEach((heading, i) => {
    const next = headings.slice(i + 1).find((other) => other.level <= heading.level);
    const end = contentEnd(seed, heading.line.span.start, next?.line.span.start ?? seed.text.length);
    const symbol: DocumentSymbol = {
      name: heading.text || "(empty heading)",
      kind: SymbolKind.String,
      range: seed.lines.range({ start: heading.line.span.start, end }),
      selectionRange: seed.lines.range(heading.textSpan),
      children: [],
    };
    while (stack.length && stack[stack.length - 1]!.level >= heading.level) stack.pop();
    (stack.length ? stack[stack.length - 1]!.symbol.children! : roots).push(symbol);
    stack.push({ level: heading.level, symbol });
  });
  return roots;
}

export function documentSymbols(seed: Seed): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  const frontmatter = seed.frontmatter;
  if (frontmatter) {
    const range = seed.lines.range({ start: frontmatter.open.start, end: frontmatter.close.end });
    const children = frontmatterBlocks(seed, frontmatter.content).map((block) => keySymbol(seed, block));
    symbols.push({ name: "frontmatter", kind: SymbolKind.Module, range, selectionRange: seed.lines.range(frontmatter.open), children });
  }
  return [...symbols, ...headingSymbols(seed)];
}

export function foldingRanges(seed: Seed): FoldingRange[] {
  const folds: FoldingRange[] = [];
  const add = (span: Span, kind?: FoldingRangeKind) => {
    const startLine = seed.lines.lineOf(span.start);
    const endLine = seed.lines.lineOf(span.end);
    if (endLine > startLine) folds.push({ startLine, endLine, ...(kind ? { kind } : {}) });
  };
  const frontmatter = seed.frontmatter;
  if (frontmatter) {
    add({ start: frontmatter.open.start, end: frontmatter.close.end }, FoldingRangeKind.Region);
    for (const block of frontmatterBlocks(seed, frontmatter.content)) {
      add(block.span);
      for (const child of block.children) add(child.span);
    }
  }
  if (seed.body.table) add(seed.body.table.span);
  const visit = (symbol: DocumentSymbol) => {
    if (symbol.range.end.line > symbol.range.start.line) folds.push({ startLine: symbol.range.start.line, endLine: symbol.range.end.line });
    symbol.children?.forEach(visit);
  };
  headingSymbols(seed).forEach(visit);
  return folds.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
