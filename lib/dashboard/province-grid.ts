/**
 * A tile-grid map of Indonesia's 38 provinces: one square per province, placed by
 * hand so that columns run roughly west → east and rows north → south (Sumatra on
 * the left, Papua on the right, Java along the bottom). Codes are the official
 * two-digit province codes (Kemendagri, as in idn-area-data).
 */
export interface ProvinceTile {
  code: string;
  /** Short label shown inside the tile. */
  abbr: string;
  col: number;
  row: number;
}

export const PROVINCE_TILES: readonly ProvinceTile[] = [
  { code: "11", abbr: "ACEH", col: 0, row: 0 },
  { code: "12", abbr: "SUMUT", col: 1, row: 1 },
  { code: "13", abbr: "SUMBAR", col: 1, row: 2 },
  { code: "14", abbr: "RIAU", col: 2, row: 2 },
  { code: "21", abbr: "KEPRI", col: 3, row: 1 },
  { code: "17", abbr: "BKL", col: 1, row: 3 },
  { code: "15", abbr: "JAMBI", col: 2, row: 3 },
  { code: "16", abbr: "SUMSEL", col: 3, row: 3 },
  { code: "19", abbr: "BABEL", col: 4, row: 3 },
  { code: "18", abbr: "LPG", col: 3, row: 4 },
  { code: "36", abbr: "BANTEN", col: 4, row: 4 },
  { code: "31", abbr: "DKI", col: 5, row: 3 },
  { code: "32", abbr: "JABAR", col: 5, row: 4 },
  { code: "33", abbr: "JATENG", col: 6, row: 4 },
  { code: "34", abbr: "DIY", col: 6, row: 5 },
  { code: "35", abbr: "JATIM", col: 7, row: 4 },
  { code: "51", abbr: "BALI", col: 8, row: 4 },
  { code: "52", abbr: "NTB", col: 9, row: 4 },
  { code: "53", abbr: "NTT", col: 10, row: 4 },
  { code: "61", abbr: "KALBAR", col: 5, row: 2 },
  { code: "62", abbr: "KALTENG", col: 6, row: 2 },
  { code: "64", abbr: "KALTIM", col: 7, row: 2 },
  { code: "65", abbr: "KALTARA", col: 7, row: 1 },
  { code: "63", abbr: "KALSEL", col: 7, row: 3 },
  { code: "76", abbr: "SULBAR", col: 8, row: 2 },
  { code: "72", abbr: "SULTENG", col: 9, row: 2 },
  { code: "75", abbr: "GTLO", col: 10, row: 1 },
  { code: "71", abbr: "SULUT", col: 11, row: 1 },
  { code: "73", abbr: "SULSEL", col: 8, row: 3 },
  { code: "74", abbr: "SULTRA", col: 9, row: 3 },
  { code: "82", abbr: "MALUT", col: 12, row: 1 },
  { code: "81", abbr: "MALUKU", col: 12, row: 3 },
  { code: "96", abbr: "PBD", col: 13, row: 2 },
  { code: "92", abbr: "PABAR", col: 14, row: 2 },
  { code: "94", abbr: "PATENG", col: 15, row: 3 },
  { code: "91", abbr: "PAPUA", col: 16, row: 2 },
  { code: "95", abbr: "PAPEG", col: 16, row: 3 },
  { code: "93", abbr: "PASEL", col: 16, row: 4 },
];

export const GRID_COLS = Math.max(...PROVINCE_TILES.map((t) => t.col)) + 1;
