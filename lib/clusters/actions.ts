"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { createCluster } from "@/lib/clusters/create-cluster";
import { archiveClusterSchema, createClusterSchema, updateClusterSchema } from "@/lib/clusters/schema";
import { archiveCluster, updateCluster } from "@/lib/clusters/update-cluster";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";

export async function createClusterAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let createdId: string | undefined;
  const state = await runFormAction(formData, {
    permission: "clusters:write",
    schema: createClusterSchema,
    run: async (actor, input) => {
      const cluster = await createCluster({ actor, input });
      createdId = cluster.id;
      return cluster;
    },
    success: async (c) => (await getTranslations("registry"))("clusterCreated", { name: c.name }),
    revalidate: ["/clusters"],
  });
  // redirect() throws, so it must happen outside runFormAction's try/catch.
  if (state.ok && createdId) redirect(`/clusters/${createdId}?created=1`);
  return state;
}

export async function updateClusterAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const id = String(formData.get("id") ?? "");
  const state = await runFormAction(formData, {
    permission: "clusters:write",
    schema: updateClusterSchema,
    run: (actor, input) => updateCluster({ actor, input }),
    success: async (c) => (await getTranslations("registry"))("clusterSaved", { name: c.name }),
    revalidate: ["/clusters", `/clusters/${id}`],
  });
  if (state.ok) redirect(`/clusters/${id}?saved=1`);
  return state;
}

export async function archiveClusterAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const state = await runFormAction(formData, {
    permission: "clusters:write",
    schema: archiveClusterSchema,
    run: (actor, input) => archiveCluster({ actor, input }),
    success: async (c) => (await getTranslations("registry"))("clusterArchived", { name: c.name }),
    revalidate: ["/clusters"],
  });
  if (state.ok) redirect("/clusters?archived=1");
  return state;
}
