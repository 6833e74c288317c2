// @ts-nocheck
// A seed of any size for the responsiveness tests: the reference seed, then its prose (levers and
// asks included, headings and the table left out so the body keeps one table) repeated until the
// text holds at least `chars` UTF-16 code units.

/** The reference seed grown to at least `chars` characters (10 MB: `10 * 1024 * 1024`). */
export function largeSeed(reference: string, chars: number): string {
  const bodyStart = reference.indexOf("\n---", 4) + 4;
  const prose = reference
    .slice(bodyStart)
    .split("\n")
    .filter((line) => !line.startsWith("#") && !line.startsWith("|"))
    .join("\n");
  const copies = Math.max(0, Math.ceil((chars - reference.length) / (prose.length + 1)));
  return reference + `\n${prose}`.repeat(copies);
}
