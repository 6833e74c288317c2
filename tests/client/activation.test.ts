// Activates the real extension code against a fake `vscode` and a fake language client: the
// commands package.json contributes get registered, a Markdown or text seed becomes `seed`, and a
// server that is missing or fails to start never makes activate() or a command throw.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFakeVscode, type FakeVscode } from "./fake-vscode";

const harness = vi.hoisted(() => ({
  fake: undefined as unknown as FakeVscode,
  client: {
    start: "run" as "run" | "fail" | "throw",
    created: 0,
    requests: [] as Array<{ method: string; params: unknown }>,
    answer: undefined as unknown,
    commands: undefined as string[] | undefined,
  },
}));

// The module is created once per file; its namespaces forward to the current test's fake.
vi.mock("vscode", async () => {
  const { createFakeVscode } = await import("./fake-vscode");
  const shape = createFakeVscode().vscode as Record<string, unknown>;
  const current = () => harness.fake.vscode as Record<string, any>;
  return Object.fromEntries(
    Object.entries(shape).map(([key, value]) => [key, typeof value === "function" ? value : new Proxy({}, { get: (_target, prop) => current()[key][prop] })]),
  );
});
vi.mock("vscode-languageclient/node", () => {
  const State = { Stopped: 1, Starting: 3, Running: 2 };
  class LanguageClient {
    state = State.Stopped;
    initializeResult: unknown;
    diagnostics = undefined;
    constructor(
      readonly id: string,
      readonly name: string,
      readonly serverOptions: unknown,
      readonly clientOptions: unknown,
    ) {
      harness.client.created++;
      if (harness.client.start === "throw") throw new Error("cannot create the client");
    }
    async start() {
      this.state = State.Starting;
      if (harness.client.start === "fail") {
        this.state = State.Stopped;
        throw new Error("Connection to server got closed.");
      }
      this.state = State.Running;
      this.initializeResult = { capabilities: { executeCommandProvider: harness.client.commands ? { commands: harness.client.commands } : undefined } };
    }
    isRunning() {
      return this.state === State.Running;
    }
    needsStop() {
      return this.state !== State.Stopped;
    }
    async stop() {
      this.state = State.Stopped;
    }
    async dispose() {}
    async sendRequest(type: { method: string }, params: unknown) {
      harness.client.requests.push({ method: type.method, params });
      return harness.client.answer;
    }
  }
  return { LanguageClient, State, TransportKind: { stdio: 0, ipc: 1 }, ExecuteCommandRequest: { type: { method: "workspace/executeCommand" } } };
});

const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { contributes: { commands: Array<{ command: string }> } };
const existingFile = fileURLToPath(import.meta.url);

function context(serverPath: string) {
  return { subscriptions: [] as Array<{ dispose(): unknown }>, asAbsolutePath: () => serverPath, extensionUri: harness.fake.vscode.Uri.file("/ext") };
}

async function activate(serverPath = existingFile) {
  vi.resetModules();
  const extension = await import("../../client/src/extension");
  const ctx = context(serverPath);
  extension.activate(ctx as never);
  return { extension, ctx };
}

beforeEach(() => {
  harness.fake = createFakeVscode({ workspaceFolder: "/w" });
  harness.client.start = "run";
  harness.client.created = 0;
  harness.client.requests = [];
  harness.client.answer = undefined;
  harness.client.commands = undefined;
});

afterEach(async () => {
  vi.resetModules();
});

describe("activate", () => {
  it("registers every command package.json contributes, and only those", async () => {
    await activate();
    expect([...harness.fake.commands.keys()].sort()).toEqual(manifest.contributes.commands.map((entry) => entry.command).sort());
  });

  it("restores the preview after a reload: a serializer for the panel type it activates on", async () => {
    await activate();
    expect(harness.fake.serializers).toEqual(["seeds.preview"]);
  });

  it("keeps working when the server bundle is missing, and says why", async () => {
    await activate("/nowhere/dist/server.js");
    harness.fake.open("/w/seeds/opened.md", "seed"); // work for the server: it starts
    await vi.waitFor(() => expect(harness.fake.output.join("\n")).toContain("could not start: /nowhere/dist/server.js does not exist"));
    expect(harness.fake.commands.has("seeds.newSeed")).toBe(true);
    harness.fake.vscode.window.activeTextEditor = { document: harness.fake.open("/w/seeds/a.md", "seed") };
    await harness.fake.commands.get("seeds.regenerateTable")!();
    expect(harness.fake.messages).toContainEqual({
      level: "error",
      text: "The Seeds language server is unavailable (it failed to start: /nowhere/dist/server.js does not exist (run `node build.mjs`)).",
    });
  });

  it("survives a client that fails to start or cannot even be created", async () => {
    harness.client.start = "fail";
    await activate();
    harness.fake.open("/w/seeds/opened.md", "seed");
    await vi.waitFor(() => expect(harness.fake.output).toContain("The Seeds language server could not start: Connection to server got closed."));
    await harness.fake.commands.get("seeds.checkWorkspace")!();
    expect(harness.fake.messages.at(-1)?.level).toBe("error");
    expect(harness.client.requests).toEqual([]);

    harness.fake = createFakeVscode({ workspaceFolder: "/w" });
    harness.client.start = "throw";
    await activate();
    harness.fake.open("/w/seeds/opened.md", "seed");
    expect(harness.fake.output).toContain("The Seeds language server could not start: cannot create the client");
  });

  it("does not start the server for Markdown that is not a seed, and starts it for the first seed", async () => {
    await activate();
    harness.fake.open("/w/README.md", "markdown", "---\ntitle: Notes\n---\n");
    await Promise.resolve();
    expect(harness.client.created).toBe(0);
    harness.fake.open("/w/000_5ae9dcfe2e03ad59.txt", "plaintext", readFileSync(new URL("../../seeds/000_5ae9dcfe2e03ad59.txt", import.meta.url), "utf8"));
    await vi.waitFor(() => expect(harness.client.created).toBe(1));
    harness.fake.open("/w/other.md", "seed");
    expect(harness.client.created).toBe(1);
  });

  it.each([
    ["a seed is already open", () => harness.fake.open("/w/a.md", "seed"), {}],
    ["workspace-wide diagnostics are on", () => undefined, { settings: { "diagnostics.scope": "workspace" } }],
    ["the workspace has a seeds.config.json", () => undefined, { files: ["/w/seeds.config.json"] }],
  ])("starts the server at once when %s", async (_name, before, options) => {
    harness.fake = createFakeVscode({ workspaceFolder: "/w", ...options });
    before();
    await activate();
    await vi.waitFor(() => expect(harness.client.created).toBe(1));
  });

  it("starts the server for a command that needs it", async () => {
    harness.client.answer = [];
    await activate();
    expect(harness.client.created).toBe(0);
    await harness.fake.commands.get("seeds.showOverdue")!();
    expect(harness.client.created).toBe(1);
    expect(harness.client.requests).toEqual([{ method: "workspace/executeCommand", params: { command: "seeds.server.overdueReviews", arguments: [] } }]);
  });

  it("stops the server on deactivate", async () => {
    const { extension } = await activate();
    await expect(extension.deactivate()).resolves.toBeUndefined();
  });
});

describe("seed language assignment", () => {
  const reference = readFileSync(new URL("../../seeds/000_5ae9dcfe2e03ad59.txt", import.meta.url), "utf8");
  const readme = "---\ntitle: Notes\n---\n# Notes\n";

  it("switches a Markdown or plain-text seed to seed wherever it lives, and leaves other files alone", async () => {
    await activate();
    harness.fake.open("/w/000_5ae9dcfe2e03ad59.txt", "plaintext", reference);
    harness.fake.open("/w/guides/acme.md", "markdown", reference);
    harness.fake.open("/w/README.md", "markdown", readme);
    harness.fake.open("/w/seeds/README.md", "markdown", readme);
    harness.fake.open("/w/seeds/copy.json", "json", reference);
    await vi.waitFor(() => expect(harness.fake.languageSwitches).toHaveLength(2));
    expect(harness.fake.languageSwitches).toEqual([
      { path: "/w/000_5ae9dcfe2e03ad59.txt", languageId: "seed" },
      { path: "/w/guides/acme.md", languageId: "seed" },
    ]);
  });

  it("switches seeds already open when it activates (after a window reload)", async () => {
    const restored = harness.fake.open("/w/000_5ae9dcfe2e03ad59.txt", "plaintext", reference);
    const notes = harness.fake.open("/w/README.md", "markdown", readme);
    await activate();
    await vi.waitFor(() => expect(restored.languageId).toBe("seed"));
    expect(notes.languageId).toBe("markdown");
  });

  it("switches a reopened seed again, but leaves a seed the author set to Markdown as they chose", async () => {
    await activate();
    const seed = harness.fake.open("/w/a.md", "markdown", reference);
    await vi.waitFor(() => expect(seed.languageId).toBe("seed"));
    harness.fake.changeLanguage(seed, "markdown");
    const reopened = harness.fake.open("/w/b.md", "markdown", reference);
    await vi.waitFor(() => expect(reopened.languageId).toBe("seed"));
    expect(seed.languageId).toBe("markdown");
    expect(harness.fake.languageSwitches.map((change) => change.path)).toEqual(["/w/a.md", "/w/b.md"]);
  });

  it("switches a Markdown file once it is typed into a seed", async () => {
    await activate();
    const draft = harness.fake.open("/w/draft.md", "markdown", "---\ntitle: Draft\n---\n");
    harness.fake.edit(draft, "---\ncompany: acme\n---\n");
    harness.fake.edit(draft, "# Not frontmatter\ncompany: acme\ncompensation: []\n");
    expect(draft.languageId).toBe("markdown");
    harness.fake.edit(draft, "---\ncompany: acme\ncompensation:\n---\n");
    await vi.waitFor(() => expect(draft.languageId).toBe("seed"));
    expect(harness.fake.languageSwitches).toEqual([{ path: "/w/draft.md", languageId: "seed" }]);
  });

  it("applies seeds.files, to open documents as well when the setting changes", async () => {
    await activate();
    const guide = harness.fake.open("/w/guides/acme.md", "markdown");
    harness.fake.changeSettings({ files: ["guides/**/*.md"] });
    await vi.waitFor(() => expect(guide.languageId).toBe("seed"));
    expect(harness.fake.languageSwitches).toEqual([{ path: "/w/guides/acme.md", languageId: "seed" }]);
  });
});

describe("server commands", () => {
  it("sends the active seed's URI to seeds.server.regenerateTable and markReviewed", async () => {
    await activate();
    harness.fake.vscode.window.activeTextEditor = { document: harness.fake.open("/w/seeds/a.md", "seed") };
    await harness.fake.commands.get("seeds.regenerateTable")!();
    await harness.fake.commands.get("seeds.markReviewed")!();
    expect(harness.client.requests).toEqual([
      { method: "workspace/executeCommand", params: { command: "seeds.server.regenerateTable", arguments: ["file:///w/seeds/a.md"] } },
      { method: "workspace/executeCommand", params: { command: "seeds.server.markReviewed", arguments: ["file:///w/seeds/a.md"] } },
    ]);
  });

  it("tells the author why the server changed nothing", async () => {
    harness.client.answer = { applied: false, reason: "Nothing to change." };
    await activate();
    harness.fake.vscode.window.activeTextEditor = { document: harness.fake.open("/w/seeds/a.md", "seed") };
    await harness.fake.commands.get("seeds.regenerateTable")!();
    expect(harness.fake.messages).toEqual([{ level: "info", text: "Seeds: Nothing to change." }]);
  });

  it("asks for a seed when the active editor is not one", async () => {
    await activate();
    harness.fake.vscode.window.activeTextEditor = { document: harness.fake.open("/w/README.md", "markdown") };
    await harness.fake.commands.get("seeds.markReviewed")!();
    expect(harness.client.requests).toEqual([]);
    expect(harness.fake.messages).toEqual([{ level: "warning", text: "Open a seed in the editor first." }]);
  });

  it("reveals the Problems panel and reports the counts after Check Workspace", async () => {
    harness.client.answer = { files: 7, errors: 0, warnings: 2, infos: 1 };
    await activate();
    await harness.fake.commands.get("seeds.checkWorkspace")!();
    expect(harness.client.requests).toEqual([{ method: "workspace/executeCommand", params: { command: "seeds.server.checkWorkspace", arguments: [] } }]);
    // Focusing the view never closes it (the Problems toggle closed it on a second run).
    expect(harness.fake.executed).toEqual(["workbench.panel.markers.view.focus"]);
    await harness.fake.commands.get("seeds.checkWorkspace")!();
    expect(harness.fake.executed).toEqual(["workbench.panel.markers.view.focus", "workbench.panel.markers.view.focus"]);
    expect(harness.fake.messages).toEqual([
      { level: "warning", text: "Checked 7 seeds: 0 errors, 2 warnings, 1 info." },
      { level: "warning", text: "Checked 7 seeds: 0 errors, 2 warnings, 1 info." },
    ]);
  });

  it("says so when no seed is overdue", async () => {
    harness.client.answer = [];
    await activate();
    await harness.fake.commands.get("seeds.showOverdue")!();
    expect(harness.fake.messages).toEqual([{ level: "info", text: "No seed is overdue for review." }]);
  });

  it("does not send a command the server does not advertise", async () => {
    harness.client.commands = ["seeds.server.checkWorkspace"];
    await activate();
    await harness.fake.commands.get("seeds.showOverdue")!();
    expect(harness.client.requests).toEqual([]);
    expect(harness.fake.messages).toEqual([{ level: "error", text: "This Seeds language server does not provide seeds.server.overdueReviews." }]);
  });
});
