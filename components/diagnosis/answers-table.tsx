import { getTranslations } from "next-intl/server";
import type { Instrument } from "@/lib/diagnosis/engine";
import type { Answers } from "@/lib/diagnosis/answers";

interface Props {
  instrument: Instrument;
  answers: Answers;
  locale: "id" | "en";
  files: Array<{ id: string; fileName: string }>;
  comments: Array<{ id: string; indicatorCode: string | null; body: string; byline: string }>;
  /** Renders a comment box per indicator that joins the review form (kept with a return or an approval). */
  withCommentBoxes: boolean;
}

/** The submitted scores with their evidence, group by group. */
export async function AnswersTable({ instrument, answers, locale, files, comments, withCommentBoxes }: Props) {
  const t = await getTranslations("diagnosis");
  const fileById = new Map(files.map((f) => [f.id, f]));
  return (
    <div className="grid gap-6">
      {instrument.groups.map((group) => (
        <section key={group.code} aria-labelledby={`review-${group.code}`}>
          <h3 id={`review-${group.code}`} className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">
            {group.name[locale]}
          </h3>
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {group.indicators.map((indicator) => {
              const a = answers[indicator.code];
              const file = a?.fileId ? fileById.get(a.fileId) : undefined;
              const name = indicator.name[locale];
              return (
                <li
                  key={indicator.code}
                  id={`answer-${indicator.code}`}
                  className={`grid gap-2 p-3 md:grid-cols-[1fr_16rem] ${a?.notApplicable ? "bg-amber-50" : ""}`}
                  data-testid={`answer-${indicator.code}`}
                  data-not-applicable={a?.notApplicable ? "true" : undefined}
                >
                  <div>
                    <p className="font-medium">{name}</p>
                    <p className="text-sm">
                      {a?.level !== undefined ? (
                        <>
                          <span className="font-semibold">{t("form.levelLabel", { level: a.level })}</span>:{" "}
                          {indicator.rubric[a.level - 1]![locale]}
                        </>
                      ) : a?.notApplicable ? (
                        <>
                          <span className="font-semibold">{t("form.notApplicable")}</span>: {a.reason}
                        </>
                      ) : (
                        <span className="text-slate-500">—</span>
                      )}
                    </p>
                    {a?.evidence || a?.link || file ? (
                      <p className="mt-1 text-sm text-slate-700">
                        <span className="font-medium">{t("review.evidence")}:</span> {a?.evidence}{" "}
                        {a?.link ? (
                          <a href={a.link} className="text-emerald-800 underline" target="_blank" rel="noreferrer noopener">
                            {t("review.openLink")}
                          </a>
                        ) : null}{" "}
                        {file ? (
                          <a href={`/api/evidence/${file.id}`} className="text-emerald-800 underline" target="_blank" rel="noreferrer">
                            {t("review.viewFile", { name: file.fileName })}
                          </a>
                        ) : null}
                      </p>
                    ) : null}
                    {comments
                      .filter((c) => c.indicatorCode === indicator.code)
                      .map((c) => (
                        <p key={c.id} className="mt-1 rounded bg-amber-50 p-2 text-sm text-amber-900">
                          {c.body} <span className="text-xs">({c.byline})</span>
                        </p>
                      ))}
                  </div>
                  {withCommentBoxes ? (
                    <div className="flex flex-col gap-1">
                      <label htmlFor={`comment-${indicator.code}`} className="text-xs font-medium text-slate-700">
                        {t("review.indicatorComment", { indicator: name })}
                      </label>
                      <textarea
                        id={`comment-${indicator.code}`}
                        name={`indicatorComment.${indicator.code}`}
                        form="review-form"
                        rows={2}
                        maxLength={4000}
                        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
                      />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
