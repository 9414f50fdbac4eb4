import { notFound, redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { findDiagnosisRoute } from "@/lib/diagnosis/queries";
import { markDiagnosisNotificationsRead } from "@/lib/diagnosis/read-notifications";

type Props = { params: Promise<{ diagnosisId: string }> };

/** A diagnosis link (e.g. from a notification) opens the page that fits the user and the status. */
export default async function DiagnosisPage({ params }: Props) {
  const user = await requirePageUser("diagnosis:read");
  const { diagnosisId } = await params;
  const route = await findDiagnosisRoute(diagnosisId);
  if (!route) notFound();
  await markDiagnosisNotificationsRead(user, diagnosisId);
  redirect(route);
}
