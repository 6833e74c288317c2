// @ts-nocheck
// Preloaded into `seeds` by the concurrent-edit tests (node -r): after the CLI has read and
// checked a seed, just as it starts writing the fix (it creates the temporary file, or opens a
// hard-linked seed to rewrite it in place), another "program" appends SEEDS_TEST_APPEND to the
// seed, as an editor saving at that moment would.
const fs = require("node:fs");
const promises = require("node:fs/promises");
const { basename, dirname, join } = require("node:path");

const append = (file) => fs.appendFileSync(file, process.env.SEEDS_TEST_APPEND ?? "");

const open = promises.open;
promises.open = async (path, ...rest) => {
  const name = basename(String(path));
  const at = name.lastIndexOf(".seeds-tmp-");
  if (at > 0) append(join(dirname(String(path)), name.slice(1, at)));
  return open(path, ...rest);
};

const openSync = fs.openSync;
fs.openSync = (path, flags, ...rest) => {
  if (typeof flags === "number" && (flags & 3) === fs.constants.O_RDWR) append(String(path));
  return openSync(path, flags, ...rest);
};
