import type { MetadataRoute } from "next";

/** The installable app (docs/offline.md): served at /manifest.webmanifest, public like its icons. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Sentra · Pengembangan Sentra UKM",
    short_name: "Sentra",
    description: "Diagnosis dan pendampingan sentra UKM. Formulir diagnosis yang pernah dibuka tetap bisa diisi tanpa sambungan internet.",
    lang: "id",
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "any",
    theme_color: "#047857",
    background_color: "#f8fafc",
    categories: ["business", "productivity"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
