import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";

function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return (NextAuth(getAuthOptions()) as (req: Request, ctx: unknown) => Promise<Response>)(req, ctx);
}

export { handler as GET, handler as POST };
