/**
 * Whether a server-action request's body has the shape React's client sends: the
 * argument list as a JSON array, either as the whole UTF-8 text body or as the field
 * "0" of a multipart body. Anything else (`null`, invalid UTF-8, a cut-off multipart
 * body) used to fail inside Next.js with a 500; proxy.ts refuses it with a 400.
 * Next.js buffers the body for the proxy, so reading a clone leaves the original intact.
 */
export async function isWellFormedActionBody(request: Request): Promise<boolean> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  try {
    if (type.startsWith("multipart/form-data")) {
      const form = await request.clone().formData();
      const args = form.get("0");
      return typeof args === "string" && isArgumentList(args);
    }
    const bytes = await request.clone().arrayBuffer();
    if (bytes.byteLength === 0) return true; // an action without arguments
    return isArgumentList(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
}

function isArgumentList(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}
