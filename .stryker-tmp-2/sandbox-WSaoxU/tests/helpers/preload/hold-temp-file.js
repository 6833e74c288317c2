// @ts-nocheck
// Preloaded into `seeds` by the signal tests (node -r): once the CLI has created a fix's
// temporary file, it says so on stderr ("TEMP <pid> <path>") and holds the write there until the
// process gets SIGINT or SIGTERM, so a test can signal it at exactly that moment (or SIGKILL it).
const promises = require("node:fs/promises");

const signalled = new Promise((resolve) => {
  process.on("SIGINT", resolve);
  process.on("SIGTERM", resolve);
});
const open = promises.open;
promises.open = async (path, ...rest) => {
  const handle = await open(path, ...rest);
  if (String(path).includes(".seeds-tmp-")) {
    process.stderr.write(`TEMP ${process.pid} ${path}\n`);
    // Signal listeners do not keep Node's event loop alive: a timer does, until the signal.
    const alive = setInterval(() => undefined, 1 << 30);
    await signalled;
    clearInterval(alive);
  }
  return handle;
};
