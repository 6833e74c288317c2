// @ts-nocheck
// `seeds render FILE [-o OUT.html] [--today YYYY-MM-DD]`: the preview as one self-contained
// HTML page (styles and chart inline, no script, nothing fetched). Exit 0 when the page is
// written, whatever the seed's findings; 2 on bad usage or an unreadable file.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { checkBytes, decodeSeed, ISO_DATE, isRealDate, localToday } from "../engine";
import { checkForPreview, renderStandalonePage } from "../render";
import { loadConfig, UsageError } from "./files";
import { readRegularFileSync } from "../files/read-regular";
import { handleStopSignals, stopRequested } from "./stop";
import { writeFileKeepingIdentity } from "./write-atomic";

/** The preview stylesheet: next to the bundle (dist/preview.css), or its source when run unbundled. */
function previewCss(): string {
  const candidates = [join(__dirname, "preview.css"), join(__dirname, "..", "render", "preview.css")];
  for (const file of candidates) {
    try {
      return readFileSync(file, "utf8");
    } catch {
      // Try the next place.
    }
  }
  throw new UsageError(`cannot find the preview stylesheet (looked for ${candidates[0]}); rebuild with 'node build.mjs'`);
}

/** The seed's bytes: a regular file only (a FIFO or /dev/zero is refused, never opened), up to the size limit. */
function readSeed(file: string): Uint8Array {
  const read = readRegularFileSync(file);
  if (!read.ok) throw new UsageError(`cannot read '${file}': ${read.reason}`);
  return read.bytes;
}

export async function renderCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: "string", short: "o" },
      today: { type: "string" },
      config: { type: "string" },
    },
  });
  if (positionals.length !== 1) throw new UsageError("seeds render needs exactly one FILE (seeds render FILE [-o OUT.html])");
  const file = positionals[0]!;
  const today = values.today ?? localToday();
  if (!ISO_DATE.test(today) || !isRealDate(today)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not '${today}'`);
  const bytes = readSeed(file);
  const { config } = loadConfig(dirname(file), values.config);
  // Bytes that are not UTF-8 get the engine's not-text finding; text goes through the preview's check.
  const decoded = decodeSeed(bytes);
  const result = decoded.error ? checkBytes(bytes, { today, config }) : checkForPreview(decoded.text, { today, config });
  const html = renderStandalonePage(result, {
    today,
    css: previewCss(),
    sha256: (text) => createHash("sha256").update(text, "utf8").digest("base64"),
  });
  if (!values.output) {
    process.stdout.write(html);
    return 0;
  }
  // The page keeps the identity of a file it replaces (links, owner, mode), like a fix does.
  const signals = handleStopSignals();
  try {
    const written = await writeFileKeepingIdentity(values.output, Buffer.from(html, "utf8"), { isStopped: stopRequested });
    if (!written.written) throw new UsageError(`cannot write '${values.output}': ${written.reason}`);
  } finally {
    signals.dispose();
  }
  const interrupted = signals.exitStatus();
  return interrupted ?? 0;
}
