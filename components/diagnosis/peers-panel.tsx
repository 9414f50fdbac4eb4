import { getTranslations } from "next-intl/server";
import { CELL, DataTable, RowHeader } from "@/components/ui/data-table";
import type { SessionUser } from "@/lib/auth/session";
import type { DiagnosedResult, Instrument } from "@/lib/diagnosis/engine";
import { formatScore } from "@/lib/i18n/format";
import { MIN_PEERS, peerComparison, type PeerComparison, type PeerSubject } from "@/lib/diagnosis/peers";

type Locale = "id" | "en";

/** The cluster's dimension and group scores beside its peers' quartiles (report and review page). */
export async function PeersPanel({
  viewer,
  subject,
  result,
  instrument,
  locale,
  provinceName,
}: {
  viewer: Pick<SessionUser, "id" | "role">;
  subject: PeerSubject;
  result: DiagnosedResult;
  instrument: Instrument;
  locale: Locale;
  provinceName: string;
}) {
  const fmt = (n: number) => formatScore(n, locale);
  const tm = await getTranslations("method");
  const t = await getTranslations("diagnosis");
  const ts = await getTranslations("stages");
  const sets = await peerComparison(viewer, subject);
  const metrics: Array<{ code: string; label: string; score: number | null }> = [
    ...(["GROWTH_OPPORTUNITY", "ACTION_CAPACITY"] as const).map((d) => ({
      code: d,
      label: t(`dimension.${d}`),
      score: result.dimensions[d].score,
    })),
    ...result.groups.map((g) => ({
      code: g.group,
      label: instrument.groups.find((x) => x.code === g.group)?.name[locale] ?? g.group,
      score: g.score,
    })),
  ];
  const valueOf = (s: PeerComparison) => (s.set === "PROVINCE" ? provinceName : s.set === "STAGE" ? ts(s.value) : s.value);
  return (
    <section data-testid="peers" className="grid gap-3">
      <p className="text-xs text-slate-600">{tm("peersNote", { version: subject.instrumentVersion })}</p>
      {sets.map((s) => (
        <div key={s.set} data-testid={`peers-${s.set}`}>
          <h4 className="text-sm font-semibold">
            {tm(`peerSet.${s.set}`, { value: valueOf(s) })} · {tm("peersCount")}: {s.count}
            {s.count < MIN_PEERS ? <span className="font-normal text-slate-600"> ({tm("peersTooFew")})</span> : null}
          </h4>
          {s.count >= MIN_PEERS ? (
            <DataTable
              className="mt-1"
              rows={metrics}
              columns={[
                { label: tm("peersScore") },
                { label: tm("peersThis"), numeric: true },
                { label: tm("peersQ1"), numeric: true },
                { label: tm("peersMedian"), numeric: true },
                { label: tm("peersQ3"), numeric: true },
              ]}
            >
              {(m) => {
                const stat = s.stats.find((x) => x.metric === m.code);
                return (
                  <tr key={m.code}>
                    <RowHeader label={m.label} />
                    <td className={`${CELL.compact} text-right tabular-nums`}>{m.score === null ? "—" : fmt(m.score)}</td>
                    <td className={`${CELL.compact} text-right tabular-nums`}>{stat ? fmt(stat.q1) : "—"}</td>
                    <td className={`${CELL.compact} text-right tabular-nums`}>{stat ? fmt(stat.median) : "—"}</td>
                    <td className="py-1 text-right tabular-nums">{stat ? fmt(stat.q3) : "—"}</td>
                  </tr>
                );
              }}
            </DataTable>
          ) : null}
        </div>
      ))}
    </section>
  );
}
