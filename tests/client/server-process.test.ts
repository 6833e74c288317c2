// The server process the bootstrap forks: Node's compile cache goes with it (NODE_COMPILE_CACHE,
// in the extension's global storage), so that a second start does not compile dist/server.js
// and its workers' bundles again.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compileCacheDir, forkServer, serverEnv } from "../../client/src/server-process";

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("the server process's environment", () => {
  it("runs as Node, keeps the host's variables, and names the compile cache only when there is one", () => {
    expect(serverEnv({ PATH: "/bin" }, "/home/a/storage/compile-cache")).toEqual({
      PATH: "/bin",
      ELECTRON_RUN_AS_NODE: "1",
      NODE_COMPILE_CACHE: "/home/a/storage/compile-cache",
    });
    expect(serverEnv({ PATH: "/bin" }, undefined)).toEqual({ PATH: "/bin", ELECTRON_RUN_AS_NODE: "1" });
  });

  it("keeps the cache in the extension's global storage on disk, and nowhere for storage that is not a folder", () => {
    expect(compileCacheDir({ globalStorageUri: { scheme: "file", fsPath: "/home/a/storage" } })).toBe(join("/home/a/storage", "compile-cache"));
    expect(compileCacheDir({ globalStorageUri: { scheme: "vscode-userdata", fsPath: "/User/globalStorage/x" } })).toBeUndefined();
    expect(compileCacheDir({})).toBeUndefined();
  });

  it("forks dist/server.js with that environment", async () => {
    const extension = mkdtempSync(join(tmpdir(), "seed-fork-"));
    temps.push(extension);
    mkdirSync(join(extension, "dist"));
    // A stand-in server that reports what it was started with.
    writeFileSync(
      join(extension, "dist", "server.js"),
      "process.send({ cache: process.env.NODE_COMPILE_CACHE, node: process.env.ELECTRON_RUN_AS_NODE, args: process.argv.slice(2) }, () => process.exit(0));\n",
    );
    const child = forkServer(extension, extension, join(extension, "cache"));
    expect(child).toBeDefined();
    const reported = await new Promise((resolve) => child!.once("message", resolve));
    expect(reported).toEqual({ cache: join(extension, "cache"), node: "1", args: ["--stdio"] });
  });
});
