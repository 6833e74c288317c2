// Temporary file names: recognisable as ours (with the writer's PID) and never like a seed's.
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../server/src/engine";
import { tempNameFor, tempNamePid } from "../../server/src/files/temp-name";

describe("temporary file names", () => {
  it("carry the PID, are hidden, and match no default seed glob", () => {
    const name = tempNameFor("seed.md", 4242);
    expect(name).toMatch(/^\.seed\.md\.seeds-tmp-4242-[0-9a-f]{8}$/);
    expect(tempNamePid(name)).toBe(4242);
    const isSeed = picomatch([...DEFAULT_CONFIG.files], { dot: false });
    expect(isSeed(name)).toBe(false);
    expect(isSeed(`dir/${name}`)).toBe(false);
  });

  it("include the names earlier versions left behind when killed (.NAME.PID.MILLISECONDS.tmp)", () => {
    expect(tempNamePid(".seed.md.1234.1764460000000.tmp")).toBe(1234);
    expect(tempNamePid(".notes.tmp")).toBeUndefined();
    expect(tempNamePid(".seed.md.1234.17.tmp")).toBeUndefined();
    expect(tempNamePid(".1234.1764460000000.tmp")).toBeUndefined();
  });

  it("are not confused with an author's files", () => {
    for (const name of [
      "seed.md",
      ".seed.md",
      "seed.md.seeds-tmp-1-0000abcd",
      ".seed.md.seeds-tmp-x-0000abcd",
      ".seed.md.seeds-tmp-12-abc",
      ".seed.md.seeds-tmp-12-0000abcd-1",
      ".seeds-tmp-1-0000abcd",
    ]) {
      expect(tempNamePid(name), name).toBeUndefined();
    }
  });
});
