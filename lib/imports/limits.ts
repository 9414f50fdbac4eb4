/**
 * Upload limits, shared by the upload form (checked before sending) and the server.
 *
 * Next.js's proxy buffers at most `experimental.proxyClientMaxBodySize` of a request
 * body (10 MiB by default) and hands the route handler only that much: uploads above
 * 10 MiB need that setting raised to at least MAX_REQUEST_BYTES in next.config.js.
 */
export const MAX_UPLOAD_BYTES = 20_000_000;
export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / 1_000_000;
/** The file plus multipart framing; a longer request is refused unread. */
export const MAX_REQUEST_BYTES = 21 * 1024 * 1024;
/** What the proxy passes on when the setting above is left at its default. */
export const PROXY_DEFAULT_BODY_BYTES = 10 * 1024 * 1024;
/** Data rows per file. */
export const MAX_ROWS = 200_000;
/** Rejected rows kept for the result page and the corrections file. */
export const MAX_STORED_REJECTS = 10_000;
export const ACCEPTED_EXTENSIONS = [".csv", ".xlsx"] as const;
/**
 * The longest cell read from a file: Excel's own limit (32,767 characters), far above
 * any field (the longest takes 2,000). A file with a longer cell is refused whole, before
 * anything of it is stored (issue #16: a 30-million-character cell was kept).
 */
export const MAX_CELL_CHARS = 32_767;
/** An XLSX may unpack to at most this much in total (a 20 MB upload of real data unpacks to about 150 MB). */
export const MAX_XLSX_UNPACKED_BYTES = 256 * 1024 * 1024;
/** A part of an XLSX larger than this must not unpack to more than MAX_XLSX_RATIO times its packed size. */
export const XLSX_RATIO_CHECK_BYTES = 4 * 1024 * 1024;
export const MAX_XLSX_RATIO = 200;
