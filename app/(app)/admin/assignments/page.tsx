import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AssignForm, UnassignButton } from "@/components/admin/assignment-forms";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listAssignableClusters, listConsultantsWithAssignments } from "@/lib/assignments/queries";
import { requirePageUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("assignmentsTitle") };
}

export default async function AssignmentsPage() {
  await requirePageUser("assignments:manage");
  const [consultants, clusters] = await Promise.all([listConsultantsWithAssignments(), listAssignableClusters()]);
  const t = await getTranslations("admin");
  const tc = await getTranslations("common");
  return (
    <>
      <PageHeader title={t("assignmentsTitle")} description={t("assignmentsIntro")} />
      <div className="grid gap-4 lg:grid-cols-2">
        {consultants.map((c) => {
          const assigned = new Set(c.assignments.map((a) => a.cluster.id));
          const options = clusters
            .filter((cl) => !assigned.has(cl.id))
            .map((cl) => ({ id: cl.id, label: `${cl.name} (${cl.province.name})` }));
          return (
            <Card key={c.id} title={c.name}>
              <p className="mb-2 text-sm text-slate-600">
                {c.bdsProvider?.name ?? "—"} · {c.isActive ? tc("active") : tc("inactive")} ·{" "}
                {t("assignedClusters", { count: c.assignments.length })}
              </p>
              <ul className="mb-3 space-y-1 text-sm">
                {c.assignments.map((a) => (
                  <li key={a.cluster.id} className="flex items-center justify-between gap-2">
                    <Link href={`/clusters/${a.cluster.id}`} className="text-emerald-800 hover:underline">
                      {a.cluster.name} <span className="text-slate-500">({a.cluster.province.name})</span>
                    </Link>
                    <UnassignButton consultantId={c.id} clusterId={a.cluster.id} label={a.cluster.name} />
                  </li>
                ))}
              </ul>
              {c.isActive ? <AssignForm consultantId={c.id} consultantName={c.name} clusters={options} /> : null}
            </Card>
          );
        })}
      </div>
    </>
  );
}
