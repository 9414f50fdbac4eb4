import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { HOME_BY_ROLE } from "@/lib/auth/roles";

export default async function Home() {
  const user = await getCurrentUser();
  redirect(user ? HOME_BY_ROLE[user.role] : "/login");
}
