"use client";

import Link from "next/link";
import type { CSSProperties } from "react";
import { InView } from "@/components/ui/in-view";

/** One province of the map, formatted on the server (province-map.tsx). */
export interface MapTile {
  code: string;
  abbr: string;
  name: string;
  /** The formatted value, or null when the province has no centres. */
  value: string | null;
  /** The hover text: name and number of centres. */
  title: string;
  href: string;
  /** The tile's colour and whether its text is white. */
  fill: string;
  dark: boolean;
  /** Grid column and row from 1024 px (1-based). */
  col: number;
  row: number;
}

/**
 * The map's 38 links, in the order of the provinces' names. Below 1024 px (a tablet) they
 * read as a list of tappable rows (swatch, name, value); from 1024 px the same links are
 * placed as a tile grid (column --c, row --r of --cols) showing the province's
 * abbreviation. The look is .map-grid/.map-tile (app/globals.css), the colour the custom
 * property --f. Mounted as it comes into view, like the charts: the page's server render
 * carries the tiles as data, not as 38 rendered links.
 */
export function MapTiles(props: MapTileListProps) {
  return (
    <InView fallback={<div className="min-h-64 w-full animate-pulse rounded bg-slate-100" />}>
      <MapTileList {...props} />
    </InView>
  );
}

interface MapTileListProps {
  tiles: MapTile[];
  cols: number;
  selected?: string;
  label: string;
  /** What a province without centres says instead of a value (screen readers). */
  noData: string;
}

/** The list itself, as it is once mounted. */
export function MapTileList({ tiles, cols, selected, label, noData }: MapTileListProps) {
  return (
    <ol className="map-grid" style={{ "--cols": cols } as CSSProperties} aria-label={label} data-testid="map-list">
      {tiles.map((tile) => (
        <li key={tile.code} style={{ "--c": tile.col, "--r": tile.row } as CSSProperties}>
          <Link
            href={tile.href}
            // 38 links: no prefetch of 38 cluster lists on every dashboard view.
            prefetch={false}
            aria-current={selected === tile.code ? "true" : undefined}
            title={tile.title}
            className={tile.dark ? "map-tile is-dark" : "map-tile"}
            style={{ "--f": tile.fill } as CSSProperties}
          >
            <span aria-hidden="true">{tile.abbr}</span>
            <span>{tile.name}</span>
            {tile.value !== null ? (
              <span>{tile.value}</span>
            ) : (
              <span>
                <span aria-hidden="true">–</span>
                <span className="sr-only">{noData}</span>
              </span>
            )}
          </Link>
        </li>
      ))}
    </ol>
  );
}
