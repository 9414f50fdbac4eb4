import { ApiRefusal } from "@/lib/api/errors";

/** The largest JSON body /api/v1 reads: 1,000 SMEs of ordinary size fit well under it. */
const MAX_JSON_BYTES = 2 * 1024 * 1024;

/**
 * A request's JSON body: `application/json`, at most MAX_JSON_BYTES (counted while
 * reading, whatever `Content-Length` says), valid UTF-8 and valid JSON. Anything else is
 * a documented 4xx before a schema sees it.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new ApiRefusal("UNSUPPORTED_MEDIA_TYPE");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new ApiRefusal("PAYLOAD_TOO_LARGE");
  if (!request.body) throw new ApiRefusal("BAD_REQUEST");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new ApiRefusal("PAYLOAD_TOO_LARGE");
    }
    chunks.push(value);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiRefusal("BAD_REQUEST");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiRefusal("BAD_REQUEST");
  }
}
