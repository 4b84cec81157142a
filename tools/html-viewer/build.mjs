// Concatenates the UMD builds of d3-force and its dependencies into one script that the HTML
// export embeds (src/PaperGraph/Export/Html/d3-force.bundle.js). Run after changing the pinned version:
//   npm ci --prefix tools/html-viewer && npm run build --prefix tools/html-viewer
// The output is checked in so that building PaperGraph needs no npm and viewing the page needs no CDN.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
// Dependency order: d3-force's UMD reads the others from the global d3 object.
const parts = ["d3-dispatch", "d3-quadtree", "d3-timer", "d3-force"];
const out = join(here, "..", "..", "src", "PaperGraph", "Export", "Html", "d3-force.bundle.js");
let text = "";
for (const name of parts) {
  const pkg = JSON.parse(readFileSync(join(here, "node_modules", name, "package.json"), "utf8"));
  const min = readFileSync(join(here, "node_modules", name, "dist", `${name}.min.js`), "utf8");
  text += `/* ${name} ${pkg.version} (${pkg.license}) — vendored by tools/html-viewer/build.mjs */\n${min.trim()}\n`;
}
writeFileSync(out, text);
console.log(`wrote ${out} (${text.length} chars)`);
