// Reads each HTML file in the folder named on the command line with microformats-parser and
// prints one line per file, in the order of their names: its name, then tab-separated, the number of top-level h-entry items, the entry's
// bookmark-of URLs, and for each h-cite it quotes, its url, name, author and published, each
// list joined with " | ".
import { readdirSync, readFileSync } from "node:fs";
import { basename, join as path } from "node:path";
import { mf2 } from "microformats-parser";

const join = (values) => (values || []).map((v) => (typeof v === "string" ? v : v.value ?? JSON.stringify(v))).join(" | ");
const folder = process.argv[2];
const files = readdirSync(folder).filter((n) => n.endsWith(".html")).sort().map((n) => path(folder, n));
for (const file of files) {
  const parsed = mf2(readFileSync(file, "utf8"), { baseUrl: "https://base.example/" });
  const entries = parsed.items.filter((item) => item.type.includes("h-entry"));
  const entry = entries[0];
  const props = entry ? entry.properties : {};
  const cites = (props["quotation-of"] || []).filter((c) => typeof c === "object" && c.type && c.type.includes("h-cite"));
  const cells = [basename(file), String(entries.length), join(props["bookmark-of"]), join(props["name"]),
    join(props["published"]), String(cites.length)];
  for (const cite of cites) {
    const p = cite.properties;
    cells.push([join(p.url), join(p.name), join(p.author), join(p.published), String((p.content || []).length)].join(" ~ "));
  }
  console.log(cells.join("\t"));
}
