"use client";

import dynamic from "next/dynamic";
import type { GroupRadarProps } from "@/components/diagnosis/group-radar-chart";
import { InView } from "@/components/ui/in-view";

// recharts comes in its own chunk when the radar comes into view, not with the page.
const GroupRadarChart = dynamic(() => import("@/components/diagnosis/group-radar-chart"), { ssr: false });

/** The factor groups' scores (0-100) as a radar; the numbers are also in the tables beside it. */
export function GroupRadar({ data, label }: GroupRadarProps & { label: string }) {
  return (
    <figure aria-label={label} className="flex justify-center">
      <div className="h-[340px] w-[600px] max-w-full">
        <InView>
          <GroupRadarChart data={data} />
        </InView>
      </div>
    </figure>
  );
}
