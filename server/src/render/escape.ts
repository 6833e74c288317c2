// HTML escaping for everything the preview prints from a seed. Text and attribute values alike
// go through here, so a `</style>` or `<script>` in a frontmatter value stays inert text.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** A frontmatter value as one line of text: scalars as written, anything else as JSON. */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return String(value);
  }
}
