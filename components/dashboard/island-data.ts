import type { Island } from "@/components/dashboard/islands";

/**
 * The islands' props travel inside the dashboard's cached markup, as a JSON data block
 * at its end, rather than as props in every page's RSC payload (about 16 kB nationally,
 * serialised again on every request). A data block is never executed, so it needs no
 * CSP nonce; `<` is escaped so the JSON cannot close the element.
 *
 * A plain module: the server (island-mount.tsx) writes the block, the browser
 * (islands.tsx) reads it.
 */
const ATTRIBUTE = "data-dashboard-islands";

export function islandsScript(islands: Island[]): string {
  const json = JSON.stringify(islands).replace(/</g, "\\u003c");
  return `<script type="application/json" ${ATTRIBUTE}>${json}</script>`;
}

export function readIslands(root: ParentNode): Island[] {
  const text = root.querySelector(`script[${ATTRIBUTE}]`)?.textContent;
  return text ? (JSON.parse(text) as Island[]) : [];
}
