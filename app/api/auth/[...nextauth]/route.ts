import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: Context) {
  // next-auth's browser client posts its own errors to /api/auth/_log, and next-auth hands
  // whatever the body says to the server logger: anyone could write into Sentra's log
  // through it (and an unknown "level" made next-auth log a TypeError). Sentra answers as
  // next-auth does and logs nothing; the browser's errors are its own to show.
  const { nextauth } = await ctx.params;
  if (nextauth.length === 1 && nextauth[0] === "_log") return Response.json({});
  return (NextAuth(getAuthOptions()) as (req: Request, ctx: Context) => Promise<Response>)(req, ctx);
}

export { handler as GET, handler as POST };
