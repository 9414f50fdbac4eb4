import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requirePageUser } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Layouts do not re-run on every navigation, so each page checks again itself.
  const user = await requirePageUser();
  return <AppShell user={user}>{children}</AppShell>;
}
