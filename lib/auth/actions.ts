"use server";

import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
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
