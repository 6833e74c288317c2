// @ts-nocheck
// The floor the checker is measured against: read every seed, split off the frontmatter and
// parse it with `yaml`. Any checker must do at least this much work.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (name.endsWith(".md") || name.endsWith(".txt")) out.push(full);
  }
  return out;
}

let keys = 0;
for (const file of walk(process.argv[2], [])) {
  const text = readFileSync(file, "utf8");
  const end = text.indexOf("\n---", 4);
  if (!text.startsWith("---") || end === -1) continue;
  keys += Object.keys(parse(text.slice(4, end)) ?? {}).length;
}
process.stdout.write(`${keys}\n`);
