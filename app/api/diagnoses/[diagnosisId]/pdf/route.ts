import { getLocale, getTranslations } from "next-intl/server";
import { describeRule } from "@/components/diagnosis/rule-text";
import { renderReportPdf } from "@/components/diagnosis/report-pdf";
import { getCurrentUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { getReport } from "@/lib/diagnosis/history-queries";
import { getInstrument } from "@/lib/diagnosis/instruments";
import { indicatorIndex } from "@/lib/diagnosis/instrument-index";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatRupiah, formatScore } from "@/lib/i18n/format";
import { logger } from "@/lib/logger";
import { MIN_PEERS, peerComparison, type PeerSet } from "@/lib/diagnosis/peers";

export const dynamic = "force-dynamic";

/** The approved report as a PDF; 404 for anyone who may not read the diagnosis. */
export async function GET(_request: Request, { params }: { params: Promise<{ diagnosisId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthenticated", { status: 401 });
  if (!can(user.role, "diagnosis:read")) return new Response("Forbidden", { status: 403 });
  const report = await getReport((await params).diagnosisId);
  if (!report) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const t = await getTranslations("diagnosis");
  const ts = await getTranslations("stages");
  const tm = await getTranslations("method");
  const locale = ((await getLocale()) === "en" ? "en" : "id") as AppLocale;
  const instrument = getInstrument(report.instrumentCode, report.instrumentVersion);
  const index = indicatorIndex(instrument);
  const score = (n: number) => formatScore(n, locale);
  const indName = (code: string) => index.get(code)?.indicator.name[locale] ?? code;
  const groupName = (code: string) => instrument.groups.find((g) => g.code === code)?.name[locale] ?? code;
  const { result, explanation, plan, recommendation } = report.result;
  const c = report.cluster;
  const lists: Array<{ title: string; items: string[] }> = [];
  if (explanation.status === "DIAGNOSED") {
    lists.push({
      title: t("report.strengths"),
      items: explanation.strongest.map((x) => `${indName(x.indicator)}: ${t("form.levelLabel", { level: x.level })}`),
    });
    lists.push({
      title: t("report.weaknesses"),
      items: explanation.weakest.map((x) => `${indName(x.indicator)}: ${t("form.levelLabel", { level: x.level })}`),
    });
  }
  // N/A answers, with their reasons (2026.2 bounds them; every version lists them).
  const notApplicable = result.indicators.filter((o) => o.status === "NOT_APPLICABLE");
  lists.push({
    title: tm("naTitle"),
    items: [
      tm("naCount", { count: notApplicable.length }),
      ...notApplicable.map((o) => `${indName(o.indicator)}: ${tm("naReason", { reason: o.reason ?? "" })}`),
    ],
  });
  // Peers: the cluster's dimension scores beside the median and quartiles of each set of five or more.
  if (result.status === "DIAGNOSED") {
    const sets = await peerComparison(user, {
      diagnosisId: report.id,
      clusterId: c.id,
      commodity: c.commodity,
      provinceCode: c.provinceCode,
      stage: result.stage,
      instrumentCode: report.instrumentCode,
      instrumentVersion: report.instrumentVersion,
    });
    const label = (set: PeerSet, value: string) =>
      tm(`peerSet.${set}`, { value: set === "PROVINCE" ? c.province.name : set === "STAGE" ? ts(value) : value });
    lists.push({
      title: tm("peersTitle"),
      items: [
        tm("peersNote", { version: report.instrumentVersion }),
        ...sets.flatMap((set) =>
          set.count < MIN_PEERS
            ? [`${label(set.set, set.value)} · ${tm("peersCount")}: ${set.count} (${tm("peersTooFew")})`]
            : (["GROWTH_OPPORTUNITY", "ACTION_CAPACITY"] as const).map((d) => {
                const stat = set.stats.find((x) => x.metric === d);
                return `${label(set.set, set.value)} · ${tm("peersCount")}: ${set.count} · ${t(`dimension.${d}`)}: ${tm("peersThis")} ${score(result.dimensions[d].score)}, ${tm("peersQ1")} ${stat ? score(stat.q1) : "-"}, ${tm("peersMedian")} ${stat ? score(stat.median) : "-"}, ${tm("peersQ3")} ${stat ? score(stat.q3) : "-"}`;
              }),
        ),
      ],
    });
  }
  lists.push({
    title: t("whatIf.title"),
    items:
      plan.status === "PLAN"
        ? [
            t("whatIf.plan", { steps: plan.totalSteps, from: ts(plan.from), to: ts(plan.target) }),
            ...plan.improvements.map((s) => t("whatIf.step", { indicator: indName(s.indicator), from: s.fromLevel, to: s.toLevel })),
          ]
        : [plan.status === "NO_NEXT_STAGE" ? t("whatIf.mature") : t("whatIf.unreachable")],
  });
  if (recommendation.status === "DIAGNOSED") {
    lists.push({
      title: t("report.servicesTitle"),
      items: recommendation.services.map(
        (r) => `${t(`services.${r.code}`)} (${t("report.forIndicators", { list: r.indicators.map(indName).join(", ") })})`,
      ),
    });
    lists.push({
      title: t("report.channelsTitle"),
      items: recommendation.channels.map(
        (r) => `${t(`channels.${r.code}`)} (${t("report.forIndicators", { list: r.indicators.map(indName).join(", ") })})`,
      ),
    });
  }
  // What the reviewer wrote with the approval, as on the report page.
  if (report.reviewComment) lists.push({ title: t("form.reviewerComment"), items: [report.reviewComment] });
  if (report.approvalComments.length > 0) {
    lists.push({
      title: t("report.approvalComments"),
      items: report.approvalComments.map(
        (comment) =>
          `${indName(comment.indicatorCode ?? "")}: ${comment.body} (${t("form.commentBy", { name: comment.author.name, date: formatDate(comment.createdAt, locale) })})`,
      ),
    });
  }
  try {
    const pdf = await renderReportPdf({
      title: t("report.title", { cluster: c.name }),
      subtitle: t("report.approvedOn", {
        date: formatDate(report.approvedAt!, locale),
        reviewer: report.reviewer?.name ?? "-",
        assessor: report.assessor.name,
      }),
      facts: [
        [t("report.commodity"), c.commodity],
        [t("report.location"), [c.regency?.name, c.province.name].filter(Boolean).join(", ")],
        [t("report.workers"), formatNumber(c.workerCount, locale)],
        [t("report.smes"), formatNumber(c._count.smes, locale)],
        [t("report.production"), c.productionValue != null ? formatRupiah(c.productionValue, locale) : "-"],
        [t("report.provider"), c.bdsProvider?.name ?? "-"],
      ],
      stageLabel: t("report.stage"),
      stage: ts(result.stage),
      ruleTitle: t("rule.title"),
      rule: describeRule(t, result.rule, groupName, { survivalBelow: instrument.rules.survivalBelow, indicatorName: indName, tm, locale }),
      scoresTitle: t("report.radar"),
      scores: [
        ...(["GROWTH_OPPORTUNITY", "ACTION_CAPACITY"] as const).map((d): [string, string] => [
          t(`dimension.${d}`),
          score(result.dimensions[d].score),
        ]),
        ...result.groups.map((g): [string, string] => [groupName(g.group), g.score === null ? "-" : score(g.score)]),
      ],
      lists,
      footer: t("report.instrument", { code: report.instrumentCode, version: report.instrumentVersion, hash: report.inputHash ?? "-" }),
    });
    const slug = c.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="diagnosis-${slug}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (err) {
    logger.error({ err: err instanceof Error ? err.message : String(err) }, "report pdf failed");
    return new Response("Error", { status: 500 });
  }
}
