"use client";

import { useTranslations } from "next-intl";
import { formatDayTime } from "@/lib/i18n/format";
import { useEffect, useRef } from "react";
import type { Answer, Answers } from "@/lib/diagnosis/answers";
import { changedIndicators } from "@/lib/diagnosis/answers";
import type { Instrument } from "@/lib/diagnosis/engine";
import { indicatorCodes, indicatorIndex } from "@/lib/diagnosis/instrument-index";
import type { ConflictInfo } from "@/components/diagnosis/autosave-state";
import { Button } from "@/components/ui/button";
import { CELL, DataTable, RowHeader } from "@/components/ui/data-table";

/** A stale save: who saved the other version, when, what differs; the user picks. */
export function ConflictPanel({
  instrument,
  locale,
  mine,
  server,
  onResolve,
}: {
  instrument: Instrument;
  locale: "id" | "en";
  mine: Answers;
  server: NonNullable<ConflictInfo>;
  onResolve(choice: "mine" | "theirs"): void;
}) {
  const t = useTranslations("diagnosis.conflict");
  const panel = useRef<HTMLElement>(null);
  // The conflict needs a decision before anything else is saved: take focus to it.
  useEffect(() => panel.current?.focus(), []);
  const tf = useTranslations("diagnosis.form");
  const index = indicatorIndex(instrument);
  const differing = changedIndicators(mine, server.answers, indicatorCodes(instrument));
  const when = server.savedAt ? formatDayTime(new Date(server.savedAt), locale) : t("unknownTime");
  const describe = (a: Answer | undefined) =>
    a?.level !== undefined ? tf("levelLabel", { level: a.level }) : a?.notApplicable ? tf("notApplicable") : t("empty");
  return (
    <section
      ref={panel}
      tabIndex={-1}
      role="alertdialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-body"
      className="fixed inset-x-4 bottom-4 z-30 mx-auto max-h-[60vh] max-w-3xl overflow-auto rounded-lg border-2 border-red-400 bg-red-50 p-4 shadow-2xl"
    >
      <h2 id="conflict-title" className="text-base font-semibold text-red-900">
        {t("title")}
      </h2>
      <p id="conflict-body" className="mt-1 text-sm text-red-900">
        {t("body", { who: server.savedBy ?? t("someone"), version: server.version, when })}
      </p>
      <DataTable
        className="mt-3"
        caption={t("differs")}
        showCaption
        rows={differing}
        columns={[{ label: "" }, { label: t("mine") }, { label: t("theirs") }]}
      >
        {(code) => {
          const a = mine[code];
          const b = server.answers[code];
          const sameLevel = describe(a) === describe(b);
          return (
            <tr key={code}>
              <RowHeader label={index.get(code)?.indicator.name[locale] ?? code} />
              <td className={CELL.compact}>{sameLevel ? t("otherFields") : describe(a)}</td>
              <td className="py-1">{sameLevel ? t("otherFields") : describe(b)}</td>
            </tr>
          );
        }}
      </DataTable>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" onClick={() => onResolve("mine")}>
          {t("keepMine")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onResolve("theirs")}>
          {t("takeTheirs")}
        </Button>
      </div>
    </section>
  );
}
