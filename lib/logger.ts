import pino from "pino";

// Structured JSON logs. Never log passwords, tokens or personal data beyond ids.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "sentra" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"], remove: true },
});
