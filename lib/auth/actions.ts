"use server";

import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { confirmEnrolment, type EnrolmentConfirmation } from "@/lib/auth/login";
import { getCurrentUser } from "@/lib/auth/session";
import { beginEnrolment, type EnrolmentFailure, type EnrolmentStart } from "@/lib/auth/mfa/enrolment";

/**
 * The sign-in form's enrolment step. Not a runFormAction: the caller has no session
 * yet; the password it sends again is checked with the same throttle as sign-in.
 */
export async function beginEnrolmentAction(input: {
  email: string;
  password: string;
}): Promise<{ ok: true; enrolment: EnrolmentStart } | { ok: false; code: EnrolmentFailure }> {
  const address = (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "unknown";
  try {
    return await beginEnrolment({ email: input?.email, password: input?.password, address });
  } catch {
    return { ok: false, code: "INVALID_INPUT" };
  }
}

/**
 * The account page (any role): a signed-in user sets up a second factor by proving the
 * password again, then confirms with the first code. Step actions returning data (the
 * QR code) rather than form states, so not runFormAction; the session is checked here.
 */
export async function beginOwnEnrolmentAction(input: {
  password: string;
}): Promise<{ ok: true; enrolment: EnrolmentStart } | { ok: false; code: EnrolmentFailure | "UNAUTHENTICATED" }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, code: "UNAUTHENTICATED" };
  return beginEnrolmentAction({ email: user.email, password: input?.password });
}

export async function confirmOwnEnrolmentAction(input: {
  code: string;
}): Promise<EnrolmentConfirmation | { ok: false; code: "UNAUTHENTICATED" }> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, code: "UNAUTHENTICATED" };
  const address = (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "unknown";
  try {
    return await confirmEnrolment({ userId: user.id, code: input?.code, address });
  } catch {
    return { ok: false, code: "INVALID_INPUT" };
  }
}
