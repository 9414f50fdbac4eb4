import { Card } from "@/components/ui/card";

export function StatTiles({ tiles }: { tiles: Array<{ label: string; value: string; hint?: string; tone?: "warn" }> }) {
  return (
    <div className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-5">
      {tiles.map((tile) => (
        <Card key={tile.label} className="p-3">
          <p className="text-xs uppercase tracking-wide text-slate-500">{tile.label}</p>
          <p className={`mt-1 text-lg font-semibold tabular-nums ${tile.tone === "warn" ? "text-red-700" : "text-slate-900"}`}>
            {tile.value}
          </p>
          {tile.hint ? <p className="text-xs text-slate-600">{tile.hint}</p> : null}
        </Card>
      ))}
    </div>
  );
}
