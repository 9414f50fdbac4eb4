"use server";

import { createCluster } from "@/lib/clusters/create-cluster";
import { archiveClusterSchema, createClusterSchema, updateClusterSchema } from "@/lib/clusters/schema";
import { archiveCluster } from "@/lib/clusters/archive-cluster";
import { updateCluster } from "@/lib/clusters/update-cluster";
import type { ActionState } from "@/lib/forms/action-state";
import { runFormAction } from "@/lib/forms/run-action";

export async function createClusterAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "clusters:write",
    schema: createClusterSchema,
    run: (actor, input) => createCluster({ actor, input }),
    revalidate: ["/clusters"],
    redirect: (c) => `/clusters/${c.id}?created=1`,
  });
}

export async function updateClusterAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "clusters:write",
    schema: updateClusterSchema,
    run: (actor, input) => updateCluster({ actor, input }),
    revalidate: (c) => ["/clusters", `/clusters/${c.id}`],
    redirect: (c) => `/clusters/${c.id}?saved=1`,
  });
}

export async function archiveClusterAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, {
    permission: "clusters:write",
    schema: archiveClusterSchema,
    run: (actor, input) => archiveCluster({ actor, input }),
    revalidate: ["/clusters"],
    redirect: () => "/clusters?archived=1",
  });
}
