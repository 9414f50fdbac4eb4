import type { Role } from "@/lib/generated/prisma/enums";

/** ASVS 6.3: roles that must use a second factor. Others may enrol. */
export const MFA_REQUIRED_ROLES: readonly Role[] = ["ADMIN", "MANAGER"];

/**
 * The demo accounts of prisma/seed.ts (a unit test keeps the two lists equal). They are
 * exempt only on the embedded demo database, so that `npm install && npm run dev` lands
 * a new user in the app; on any other database an admin or manager enrols at first sign-in.
 */
export const DEMO_ACCOUNT_EMAILS: readonly string[] = [
  "admin@sentra.test",
  "staf@sentra.test",
  "konsultan@sentra.test",
  "konsultan2@sentra.test",
  "manajer@sentra.test",
];

export function isSecondFactorRequired(user: { role: Role; email: string; totpEnabledAt: Date | null }, demoDatabase: boolean): boolean {
  if (user.totpEnabledAt) return true;
  if (demoDatabase && DEMO_ACCOUNT_EMAILS.includes(user.email)) return false;
  return MFA_REQUIRED_ROLES.includes(user.role);
}
