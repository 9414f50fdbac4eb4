import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/roles";
import { NotificationBell } from "@/components/diagnosis/notification-bell";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { ServiceWorker } from "@/components/offline/service-worker";
import { IntentLink } from "@/components/layout/intent-link";
import { SignOutButton } from "@/components/layout/sign-out-button";

const NAV: Array<{ href: string; key: string; permission: Permission; roles?: string[] }> = [
  { href: "/dashboard", key: "dashboard", permission: "dashboard:read" },
  { href: "/my-centres", key: "myCentres", permission: "centres:review", roles: ["CONSULTANT"] },
  { href: "/clusters", key: "clusters", permission: "clusters:read" },
  { href: "/smes", key: "smes", permission: "smes:read" },
  { href: "/selection", key: "selection", permission: "selection:read" },
  { href: "/agenda", key: "agenda", permission: "monitoring:read" },
  { href: "/providers", key: "providers", permission: "providers:read" },
  { href: "/financing", key: "financing", permission: "financing:read" },
  { href: "/imports", key: "imports", permission: "imports:run" },
  { href: "/reviews", key: "reviews", permission: "diagnosis:review" },
  { href: "/admin/users", key: "adminUsers", permission: "users:manage" },
  { href: "/admin/assignments", key: "adminAssignments", permission: "assignments:manage" },
  { href: "/admin/tokens", key: "adminTokens", permission: "users:manage" },
];

export async function AppShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const t = await getTranslations("nav");
  const tRoles = await getTranslations("roles");
  const tApp = await getTranslations("app");
  const tMfa = await getTranslations("mfa");
  const tApi = await getTranslations("api");
  const items = NAV.filter((item) => can(user.role, item.permission) && (!item.roles || item.roles.includes(user.role)));
  return (
    <div className="min-h-screen bg-slate-50">
      <ServiceWorker />
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        {tApp("skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-6">
            <IntentLink href="/" className="text-lg font-bold text-emerald-800">
              {tApp("name")}
              <span className="ml-2 hidden text-xs font-normal text-slate-600 sm:inline">{tApp("tagline")}</span>
            </IntentLink>
            <nav aria-label={t("mainNavigation")}>
              <ul className="flex flex-wrap gap-1">
                {items.map((item) => (
                  <li key={item.href}>
                    <IntentLink href={item.href} className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100">
                      {t(item.key)}
                    </IntentLink>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <span className="text-sm text-slate-600" data-testid="signed-in-as">
              {t("signedInAs", { name: user.name, role: tRoles(user.role) })}
            </span>
            <IntentLink href="/account/security" className="text-sm text-emerald-800 underline">
              {tMfa("accountLink")}
            </IntentLink>
            <IntentLink href="/account/tokens" className="text-sm text-emerald-800 underline">
              {tApi("tokens.title")}
            </IntentLink>
            <NotificationBell />
            <LocaleSwitcher />
            <SignOutButton label={t("signOut")} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
