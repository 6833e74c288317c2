// The indexing run of each workspace folder, at most one at a time: starting a run aborts the
// folder's previous one through its AbortSignal, and the new run checks if either asked to.
import type { Folder } from "../state/folders";

interface FolderRun {
  /** Aborted when a newer run of the folder starts or the folder is removed. */
  readonly controller: AbortController;
  /** Whether the run also checks the seeds (diagnostics scope "workspace", or Check Workspace). */
  readonly check: boolean;
  /** Settles when the run ends, done or aborted. */
  done: Promise<void>;
}

export class FolderRuns {
  private readonly runs = new Map<Folder, FolderRun>();

  /** A new run of `folder`: aborts the running one, whose `check` it takes over when that one checked. */
  start(folder: Folder, check: boolean): FolderRun {
    const previous = this.runs.get(folder);
    previous?.controller.abort();
    const run: FolderRun = { controller: new AbortController(), check: check || previous?.check === true, done: Promise.resolve() };
    this.runs.set(folder, run);
    return run;
  }

  /** The folder's latest run, while it has not finished. */
  current(folder: Folder): FolderRun | undefined {
    return this.runs.get(folder);
  }

  /** The folder's latest run finished: forgets it. */
  finished(folder: Folder): void {
    this.runs.delete(folder);
  }

  /** Aborts the folder's run, if any (the folder left the workspace). */
  cancel(folder: Folder): void {
    this.runs.get(folder)?.controller.abort();
    this.runs.delete(folder);
  }
}
