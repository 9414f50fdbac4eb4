/**
 * The response for an uploaded evidence file (diagnosis answers, agenda lines). The
 * bytes are user uploads: served with their detected type, never sniffed, never cached,
 * and under a policy that runs nothing (a PDF or image opened inline cannot script).
 */
export function evidenceResponse(file: { fileName: string; contentType: string; bytes: Uint8Array }): Response {
  const disposition = file.contentType === "application/pdf" || file.contentType.startsWith("image/") ? "inline" : "attachment";
  return new Response(new Blob([file.bytes as BlobPart]), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
    },
  });
}
