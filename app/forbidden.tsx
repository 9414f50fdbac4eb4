import { StatusPage } from "@/components/layout/status-page";

export default function Forbidden() {
  return <StatusPage status={403} kind="forbidden" />;
}
