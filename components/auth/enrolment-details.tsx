"use client";

import { useTranslations } from "next-intl";
import type { EnrolmentStart } from "@/lib/auth/mfa/enrolment";

/** The QR code, the key in text and the ten recovery codes of a new enrolment. */
export function EnrolmentDetails({ enrolment }: { enrolment: EnrolmentStart }) {
  const tm = useTranslations("mfa");
  return (
    <div className="flex flex-col gap-3 text-sm text-slate-700">
      <p>{tm("enrolIntro")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL rendered on the server, nothing to optimise */}
      <img src={enrolment.qrDataUrl} alt={tm("qrAlt")} width={200} height={200} className="self-center" />
      <p>
        {tm("manualLabel")}{" "}
        <code data-testid="totp-secret" className="break-all rounded bg-slate-100 px-1 font-mono text-xs">
          {enrolment.secret}
        </code>
      </p>
      <section aria-labelledby="recovery-title" className="rounded border border-amber-300 bg-amber-50 p-3">
        <h3 id="recovery-title" className="font-semibold">
          {tm("recoveryTitle")}
        </h3>
        <p className="mb-2">{tm("recoveryHelp")}</p>
        <ul data-testid="recovery-codes" className="grid grid-cols-2 gap-1 font-mono">
          {enrolment.recoveryCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
