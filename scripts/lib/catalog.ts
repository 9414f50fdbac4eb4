/**
 * A canonical description of what Prisma models in a database (enums, tables,
 * columns, indexes, constraints), for comparing the database the migrations build
 * with the one the schema describes. Extensions, functions and triggers added by raw
 * SQL, materialized views with their indexes, and partial indexes (a WHERE predicate,
 * which Prisma cannot express) are deliberately left out: they are allowed additions
 * beside the model.
 */
import pg from "pg";

export async function describeCatalog(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query<{ line: string }>(sql)).rows.map((r) => r.line);
    const enums = await q(`
      SELECT 'enum ' || t.typname || ' = ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname`);
    const columns = await q(`
      SELECT 'column ' || c.table_name || '.' || c.column_name || ' ' || c.udt_name ||
             coalesce('(' || c.character_maximum_length || ')', '') ||
             coalesce('(' || c.numeric_precision || ',' || c.numeric_scale || ')', '') ||
             CASE WHEN c.is_nullable = 'NO' THEN ' not null' ELSE '' END ||
             coalesce(' default ' || c.column_default, '') AS line
      FROM information_schema.columns c
      WHERE c.table_schema = 'public' AND c.table_name <> '_prisma_migrations'`);
    const indexes = await q(`
      SELECT 'index ' || i.indexdef AS line FROM pg_indexes i
      JOIN pg_class t ON t.relname = i.tablename JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = i.schemaname
      WHERE i.schemaname = 'public' AND i.tablename <> '_prisma_migrations'
        -- Materialized views are raw SQL beside the model (the dashboard's summaries): so are their indexes.
        AND t.relkind <> 'm'
        -- So are partial indexes: Prisma cannot express one, so any is raw SQL (e.g. diagnosis_score_group_idx).
        AND NOT EXISTS (SELECT 1 FROM pg_index x WHERE x.indexrelid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass AND x.indpred IS NOT NULL)`);
    const constraints = await q(`
      SELECT 'constraint ' || cl.relname || '.' || co.conname || ' ' || pg_get_constraintdef(co.oid) AS line
      FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE n.nspname = 'public' AND cl.relname <> '_prisma_migrations'`);
    return [...enums, ...columns, ...indexes, ...constraints].sort();
  } finally {
    await client.end();
  }
}
