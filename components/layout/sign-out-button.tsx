"use client";

import { signOut } from "next-auth/react";
import { clearOfflineData } from "@/components/offline/offline-data";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void clearOfflineData().finally(() => void signOut({ callbackUrl: "/login?signedOut=1" }))}
      className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
