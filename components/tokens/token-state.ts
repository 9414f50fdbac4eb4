/** A token's state as lists show it. */
export function tokenState(token: { expiresAt: Date; revokedAt: Date | null }, now: Date): "active" | "expired" | "revoked" {
  if (token.revokedAt) return "revoked";
  return token.expiresAt <= now ? "expired" : "active";
}
