import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";

// The report as a PDF (@react-pdf/renderer, server side). It receives finished,
// translated text: no data access and no scoring here.

export interface ReportPdfData {
  title: string;
  subtitle: string;
  facts: Array<[string, string]>;
  stageLabel: string;
  stage: string;
  ruleTitle: string;
  rule: string;
  scoresTitle: string;
  scores: Array<[string, string]>;
  lists: Array<{ title: string; items: string[] }>;
  footer: string;
}

const styles = StyleSheet.create({
  page: { padding: 36, fontSize: 10, fontFamily: "Helvetica", color: "#0f172a" },
  h1: { fontSize: 16, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  sub: { fontSize: 9, color: "#475569", marginBottom: 12 },
  h2: { fontSize: 12, fontFamily: "Helvetica-Bold", marginTop: 12, marginBottom: 4 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#e2e8f0", paddingVertical: 2 },
  key: { width: "45%", color: "#475569" },
  value: { width: "55%" },
  stage: { fontSize: 13, fontFamily: "Helvetica-Bold", color: "#047857", marginBottom: 4 },
  item: { marginBottom: 2 },
  footer: { position: "absolute", bottom: 20, left: 36, right: 36, fontSize: 7, color: "#64748b" },
});

function Table({ rows }: { rows: Array<[string, string]> }) {
  return (
    <View>
      {rows.map(([k, v]) => (
        <View key={k} style={styles.row} wrap={false}>
          <Text style={styles.key}>{k}</Text>
          <Text style={styles.value}>{v}</Text>
        </View>
      ))}
    </View>
  );
}

function ReportDocument({ data }: { data: ReportPdfData }) {
  return (
    <Document title={data.title} author="Sentra" language="id">
      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>{data.title}</Text>
        <Text style={styles.sub}>{data.subtitle}</Text>
        <Table rows={data.facts} />
        <Text style={styles.h2}>{data.stageLabel}</Text>
        <Text style={styles.stage}>{data.stage}</Text>
        <Text style={styles.h2}>{data.ruleTitle}</Text>
        <Text>{data.rule}</Text>
        <Text style={styles.h2}>{data.scoresTitle}</Text>
        <Table rows={data.scores} />
        {data.lists.map((list) => (
          <View key={list.title}>
            <Text style={styles.h2}>{list.title}</Text>
            {list.items.map((item, i) => (
              <Text key={i} style={styles.item}>
                {`${i + 1}. ${item}`}
              </Text>
            ))}
          </View>
        ))}
        <Text style={styles.footer} render={({ pageNumber, totalPages }) => `${data.footer} · ${pageNumber}/${totalPages}`} fixed />
      </Page>
    </Document>
  );
}

// The built-in Helvetica covers WinAnsi only: spell out the few symbols our texts use beyond it.
const pdfSafe = (text: string) => text.replaceAll("→", "->").replaceAll("≥", ">=").replaceAll("≤", "<=").replaceAll("…", "...");

export function renderReportPdf(data: ReportPdfData): Promise<Buffer> {
  const safe = JSON.parse(JSON.stringify(data), (_key, value: unknown) =>
    typeof value === "string" ? pdfSafe(value) : value,
  ) as ReportPdfData;
  return renderToBuffer(<ReportDocument data={safe} />);
}
