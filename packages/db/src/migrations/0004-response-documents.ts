import { type Kysely, sql } from "kysely";

// A survey response becomes one row with its answers as a compact JSON document instead of one row
// per answer: a bulk import writes a quarter of the rows, and per-touchpoint figures come from the
// survey version (which question is linked to which touchpoint) rather than a copy on every answer.
// `touchpoint_ids` (",id,id,") keeps the response list's touchpoint filter a plain query on both engines.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("survey_responses")
    .addColumn("answers", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema
    .alterTable("survey_responses")
    .addColumn("touchpoint_ids", "text", (c) => c.notNull().defaultTo(","))
    .execute();

  const rows = await sql<{
    response_id: string;
    question_key: string;
    touchpoint_id: string | null;
    value: number | null;
    text_value: string | null;
    choice_values: string | null;
  }>`select response_id, question_key, touchpoint_id, value, text_value, choice_values from survey_answers order by response_id, question_key`.execute(
    db,
  );
  const byResponse = new Map<string, { answers: unknown[]; touchpoints: Set<string> }>();
  for (const a of rows.rows) {
    const entry = byResponse.get(a.response_id) ?? { answers: [], touchpoints: new Set<string>() };
    const stored: Record<string, unknown> = { k: a.question_key };
    if (a.value !== null) stored.v = Number(a.value);
    if (a.text_value !== null) stored.t = a.text_value;
    if (a.choice_values !== null) stored.c = JSON.parse(a.choice_values);
    entry.answers.push(stored);
    if (a.touchpoint_id) entry.touchpoints.add(a.touchpoint_id);
    byResponse.set(a.response_id, entry);
  }
  for (const [id, entry] of byResponse) {
    const touchpointIds = entry.touchpoints.size === 0 ? "," : `,${[...entry.touchpoints].join(",")},`;
    await sql`update survey_responses set answers = ${JSON.stringify(entry.answers)}, touchpoint_ids = ${touchpointIds} where id = ${id}`.execute(
      db,
    );
  }
  await db.schema.dropTable("survey_answers").execute();
}

export async function down(): Promise<void> {
  throw new Error("0004-response-documents cannot be undone: restore a backup taken before it");
}
