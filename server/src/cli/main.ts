// `seeds`: the engine for CI and the terminal. Exit status: 0 no errors, 1 errors (or too many
// warnings), 2 bad usage, or a path that could not be checked or written (one line on stderr
// each, no stack; the other files are still checked, fixed and reported).
import { statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  ALL_RULES,
  checkWorkspace,
  ruleDocUrl,
  configJsonSchema,
  frontmatterJsonSchema,
  ISO_DATE,
  isRealDate,
  localToday,
  newSeedText,
  slugify,
} from "../engine";
import packageJson from "../../../package.json";
import type { CheckJob } from "./check-files";
import { displayPath, findSeeds, loadConfig, UsageError } from "./files";
import { formatJson } from "./format/json";
import type { FileResult } from "./format/result";
import { formatSarif } from "./format/sarif";
import { formatStylish } from "./format/stylish";
import { checkInParallel } from "./parallel";
import { checkStdin, isIgnoredName, stdinSource } from "./check-stdin";
import { lspCommand } from "./lsp-command";
import { renderCommand } from "./render-command";
import { fixLines, problemLines, removeLeftovers, type Problem } from "./fix-report";
import { handleStopSignals } from "./stop";
import { rulesMarkdown } from "./rules-markdown";

const VERSION: string = packageJson.version;

const HELP = `seeds ${VERSION}: check, fix and render compensation negotiation seeds

Usage:
  seeds check [PATH...] [options]   Check seeds (files, or folders searched for seeds; default .)
  seeds check - [--stdin-filename NAME]
                                    Check one seed read from standard input
  seeds render FILE [-o OUT.html]   Write the rendered guide as one self-contained HTML page
  seeds new --company NAME --role NAME [--region REGION]... [-o FILE]
                                    Write a complete, clean seed
  seeds schema [--config]           Print the JSON Schema of the frontmatter (or of seeds.config.json)
  seeds rules [--markdown]          List the rules with their default severities
  seeds lsp --stdio                 Start the language server

Options for check:
  --format stylish|json|sarif       Output format (default stylish)
  --fix                             Apply safe fixes in place, then report what remains
  --today YYYY-MM-DD                The date to check against (default: today)
  --max-warnings N                  Exit 1 when there are more than N warnings
  --config FILE                     Use this seeds.config.json
  --stdin-filename NAME             With -: the seed's name in the output, for the config and ignore
  --no-color                        Plain output
  -h, --help                        Show this help
  -v, --version                     Show the version
`;

function today(value: string | undefined): string {
  if (value === undefined) return localToday();
  if (!ISO_DATE.test(value) || !isRealDate(value)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not '${value}'`);
  return value;
}

/** The paths given that are not folders, absolute: the user named them, so they are checked as seeds. */
function namedFiles(paths: readonly string[]): string[] {
  return paths.filter((path) => !statSync(path, { throwIfNoEntry: false })?.isDirectory()).map((path) => resolve(path));
}

async function check(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "stylish" },
      fix: { type: "boolean", default: false },
      today: { type: "string" },
      "max-warnings": { type: "string" },
      config: { type: "string" },
      "stdin-filename": { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
    },
  });
  const format = values.format!;
  if (!["stylish", "json", "sarif"].includes(format)) throw new UsageError(`--format must be stylish, json or sarif, not '${format}'`);
  let maxWarnings = Infinity;
  if (values["max-warnings"] !== undefined) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings must be a whole number, not '${values["max-warnings"]}'`);
  }
  const paths = positionals.length ? positionals : ["."];
  const stdin = stdinSource(paths, values["stdin-filename"], values.fix!);
  const { config } = loadConfig(stdin?.configStart ?? process.cwd(), values.config);
  const found = stdin ? { files: isIgnoredName(stdin.name, config) ? [] : [stdin.name], problems: [], leftovers: [] } : await findSeeds(paths, config);
  const problems: Problem[] = found.problems.map((p) => ({ path: p.path, reason: p.reason, verb: p.code ? "cannot read" : "skipped" }));
  const job: CheckJob = { files: found.files, config, today: today(values.today), fix: values.fix!, named: stdin ? [] : namedFiles(paths) };
  // Writing runs finish the file in hand on SIGINT/SIGTERM and remove their temporary files.
  const signals = job.fix ? handleStopSignals() : undefined;
  let outcomes;
  try {
    if (job.fix) process.stderr.write(removeLeftovers(found.leftovers));
    outcomes = stdin ? await Promise.all(found.files.map(() => checkStdin(stdin, job))) : await checkInParallel(job);
  } finally {
    signals?.dispose();
  }
  for (const o of outcomes) {
    if (o.readError !== undefined) problems.push({ path: o.file, reason: o.readError, verb: o.readSkipped ? "skipped" : "cannot read" });
    if (o.write?.status === "not-written") problems.push({ path: o.file, reason: o.write.reason, verb: "not written" });
  }
  const interrupted = signals?.signal();
  if (interrupted) {
    process.stderr.write(problemLines(problems) + fixLines(outcomes));
    process.stderr.write(`seeds: interrupted by ${interrupted}: ${job.files.length - outcomes.length} of ${job.files.length} files not checked\n`);
    return signals!.exitStatus()!;
  }
  const checked = outcomes.filter((o) => o.readError === undefined && !o.notSeed);
  const crossFile = checkWorkspace(
    checked.map((o) => ({ ...o.summary, file: displayPath(o.file) })),
    { config },
  );
  const results: FileResult[] = checked.map((o) => {
    const file = displayPath(o.file);
    const extra = crossFile.get(file) ?? [];
    const findings = extra.length ? [...o.findings, ...extra].sort((a, b) => a.span.start - b.span.start) : o.findings;
    return { file, findings };
  });
  const color = values.color ?? (!values["no-color"] && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const output =
    format === "json" ? formatJson(results) : format === "sarif" ? formatSarif(results, VERSION, ruleDocUrl, process.cwd()) : formatStylish(results, color);
  process.stdout.write(output);
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === "error").length;
  const warnings = all.filter((f) => f.severity === "warning").length;
  process.stderr.write(problemLines(problems));
  if (job.fix) process.stderr.write(fixLines(outcomes));
  if (format === "stylish" && all.length === 0) process.stdout.write(`${checked.length} seed${checked.length === 1 ? "" : "s"} checked, no problems.\n`);
  // A path that could not be read or written outweighs findings: the run did not see everything.
  if (problems.length) return 2;
  if (errors > 0) return 1;
  if (warnings > maxWarnings) {
    if (format === "stylish") process.stdout.write(`seeds found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

function schema(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { config: { type: "boolean", default: false } } });
  process.stdout.write(`${JSON.stringify(values.config ? configJsonSchema() : frontmatterJsonSchema(), null, 2)}\n`);
  return 0;
}

function rules(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { markdown: { type: "boolean", default: false } } });
  if (values.markdown) {
    process.stdout.write(rulesMarkdown());
    return 0;
  }
  const width = Math.max(...ALL_RULES.map((rule) => rule.id.length));
  for (const rule of ALL_RULES) process.stdout.write(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.description}\n`);
  return 0;
}

function newSeed(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      company: { type: "string" },
      role: { type: "string" },
      region: { type: "string", multiple: true },
      output: { type: "string", short: "o" },
      today: { type: "string" },
      config: { type: "string" },
    },
  });
  if (!values.company || !values.role) throw new UsageError("seeds new needs --company NAME and --role NAME");
  const { config } = loadConfig(process.cwd(), values.config);
  const text = newSeedText({
    company: slugify(values.company),
    companyDisplay: values.company,
    role: slugify(values.role),
    roleDisplay: values.role,
    regions: values.region ?? [],
    today: today(values.today),
    config,
  });
  if (!values.output) {
    process.stdout.write(text);
    return 0;
  }
  try {
    writeFileSync(values.output, text, { flag: "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === "EEXIST" ? `'${values.output}' already exists` : `cannot write '${values.output}': ${code}`);
  }
  process.stdout.write(`Wrote ${values.output}\n`);
  return 0;
}

/** A command of `seeds`: its arguments after the command's name, to its exit status. */
type Command = (argv: string[]) => number | Promise<number>;

/** Every command of `seeds`, by name (a Map: a name like `toString` is no command). */
const COMMANDS = new Map<string, Command>([
  ["check", check],
  ["schema", schema],
  ["rules", rules],
  ["new", newSeed],
  ["render", renderCommand],
  ["lsp", lspCommand],
]);

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  if (command === "-v" || command === "--version") {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(HELP);
    return 0;
  }
  const run = COMMANDS.get(command);
  if (!run) throw new UsageError(`unknown command '${command}' (try 'seeds --help')`);
  return run(rest);
}
