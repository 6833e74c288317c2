// Whether the server has read its folders' config files and the client's settings. Until then no
// diagnostics are published (they would use the defaults and be replaced a moment later) and
// commands wait.

/** The server's readiness: one state, "starting" (with the promise commands wait on) or "ready". */
export class Readiness {
  private state: { kind: "starting"; reached: Promise<void>; reach: () => void } | { kind: "ready" };

  constructor() {
    let reach!: () => void;
    const reached = new Promise<void>((resolve) => (reach = resolve));
    this.state = { kind: "starting", reached, reach };
  }

  get isReady(): boolean {
    return this.state.kind === "ready";
  }

  /** Resolves once the server is ready (at once when it is). */
  whenReady(): Promise<void> {
    return this.state.kind === "ready" ? Promise.resolve() : this.state.reached;
  }

  /** Configuration and settings are loaded: the server is ready from now on. */
  markReady(): void {
    if (this.state.kind === "ready") return;
    this.state.reach();
    this.state = { kind: "ready" };
  }
}
