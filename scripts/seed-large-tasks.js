'use strict';

// The task side of `npm run seed:large` (scripts/seed-large.js): per workspace, labels, then tasks
// made from a share of the workspace's analytics facts (same id, project, assignee, status and
// times, so reports and task views agree), with due dates, priorities, start dates, labels and
// comments, and the media module's record of each task so attachments can be added. Set-based
// SQL (INSERT … SELECT over generate_series), in the caller's transaction: a group of workspaces
// is written whole or not at all.

// Words for titles, descriptions and comments. Drawn with a skew (a few words are common, most
// are rare), so a search term matches from a handful of rows to a few percent of them, as in real
// text; the common ones are listed first.
const WORDS = (
  'fix update review add remove check customer release login page report design api mobile ' +
  'invoice billing export import search filter onboarding email notification dashboard chart ' +
  'payment refund sync calendar upload download permission role invite workspace project task ' +
  'comment label priority deadline sprint backlog roadmap migration database index cache queue ' +
  'worker webhook slack integration token session password reset signup pricing plan trial ' +
  'analytics metric alert incident outage latency timeout retry backup restore audit security ' +
  'privacy gdpr consent cookie banner translation locale timezone accessibility contrast keyboard ' +
  'screen reader tooltip modal dropdown sidebar navigation footer header logo icon font color ' +
  'theme dark spacing layout grid table pagination cursor sort column row cell tag avatar profile ' +
  'settings preference toggle feature flag experiment variant rollout rollback deploy pipeline ' +
  'build lint test flaky coverage benchmark profiling memory leak cpu disk network proxy dns tls ' +
  'certificate domain redirect cors header csp rate limit quota abuse spam captcha fraud chargeback ' +
  'tax vat currency exchange receipt statement ledger reconciliation payout vendor contract ' +
  'renewal churn retention cohort funnel conversion landing copy blog newsletter campaign ' +
  'webinar partner reseller enterprise sso saml scim ldap directory group team member owner admin ' +
  'viewer guest archive restore trash purge retention policy legal compliance soc2 iso vendor ' +
  'questionnaire okr quarterly planning offsite hiring interview candidate onboarding handbook'
).split(' ');

const LABELS = [
  ['bug', '#d73a4a'],
  ['feature', '#0e8a16'],
  ['design', '#c5def5'],
  ['backend', '#5319e7'],
  ['frontend', '#1d76db'],
  ['customer', '#fbca04'],
  ['security', '#b60205'],
  ['docs', '#0075ca'],
  ['ops', '#006b75'],
  ['research', '#d4c5f9'],
  ['blocked', '#e99695'],
  ['quick win', '#bfdadc'],
];

const TIME_ZONES = ['Europe/Berlin', 'America/New_York', 'UTC', 'Asia/Tokyo', 'Europe/London'];

/** Shares of the tasks' fields; comments come in threads of a geometric 1–n (≈ 1 per task). */
const SHAPE = {
  describedShare: 0.4,
  dueShare: 0.65,
  startShare: 0.2,
  labelledShare: 0.45,
  commentedShare: 0.45,
};

/** SQL: `count` words drawn with skew `skew` (higher: more common words), joined by spaces. */
const words = (count, skew) =>
  `(SELECT string_agg(($words::text[])[1 + floor(power(random(), ${skew}) * cardinality($words::text[]))::int], ' ')
      FROM generate_series(1, ${count}))`;

/**
 * Writes the tasks of a group of workspaces: `chunk` items carry `id` and `tasks` (how many of its
 * facts become tasks). Returns how many tasks, labels on tasks and comments it wrote.
 */
async function insertTasks(db, chunk, { owner }) {
  const ids = chunk.map((w) => w.id);
  const bind = (sql) => sql.replaceAll('$words', '$2');
  await db.query(
    `INSERT INTO projects.labels (workspace_id, name, color, created_by, created_at, updated_at)
     SELECT w, l.name, l.color, $2, now() - interval '360 days', now() - interval '360 days'
       FROM unnest($1::uuid[]) w, unnest($3::text[], $4::text[]) AS l(name, color)`,
    [ids, owner, LABELS.map(([name]) => name), LABELS.map(([, color]) => color)],
  );
  // The first `tasks` facts of each workspace (by task id, a random order) become tasks.
  // Titles 3–7 words, skewed towards common ones; a task created before its project is dated
  // at the project's creation.
  const tasks = await db.query(
    bind(`WITH chosen AS (
       SELECT f.*, row_number() OVER (PARTITION BY f.workspace_id ORDER BY f.task_id) AS nth
         FROM analytics.task_facts f WHERE f.workspace_id = ANY($1)
     ), drawn AS (
       SELECT c.*, p.created_at AS project_created_at, 3 + floor(random() * 5)::int AS title_words,
              random() AS r_desc, random() AS r_due, random() AS r_due_when, random() AS r_prio,
              random() AS r_start, random() AS r_zone
         FROM chosen c
         JOIN unnest($1::uuid[], $3::int[]) AS plan(id, tasks) ON plan.id = c.workspace_id
         JOIN projects.projects p ON p.id = c.project_id
        WHERE c.nth <= plan.tasks
     ), dated AS (
       SELECT *, greatest(coalesce(created_at, completed_at - interval '1 day'), project_created_at)
                   AS opened
         FROM drawn
     )
     INSERT INTO projects.tasks (id, workspace_id, project_id, title, description, status,
                                 assignee_id, created_by, created_at, updated_at, completed_at,
                                 due_at, due_time_zone, start_on, priority)
     SELECT task_id, workspace_id, project_id,
            initcap(${words('title_words', 1.7)}),
            CASE WHEN r_desc < $4 THEN ${words('8 + floor(r_desc * 60)::int', 1.3)} END,
            CASE WHEN completed_at IS NULL THEN 'open' ELSE 'done' END,
            assignee_id, $5::uuid, opened,
            greatest(opened, coalesce(state_changed_at, completed_at, opened)),
            completed_at,
            -- Open tasks due from 3 weeks ago (overdue) to 2 months ahead; done ones around
            -- their completion.
            CASE WHEN r_due < $6 THEN
              coalesce(completed_at, now()) + (r_due_when * 80 - 20) * interval '1 day' END,
            CASE WHEN r_due < $6 THEN ($7::text[])[1 + floor(r_zone * cardinality($7::text[]))::int] END,
            CASE WHEN r_start < $8 THEN opened::date END,
            CASE WHEN r_prio < 0.4 THEN 0 WHEN r_prio < 0.6 THEN 1 WHEN r_prio < 0.85 THEN 2
                 WHEN r_prio < 0.95 THEN 3 ELSE 4 END
       FROM dated`),
    [
      ids,
      WORDS,
      chunk.map((w) => w.tasks),
      SHAPE.describedShare,
      owner,
      SHAPE.dueShare,
      TIME_ZONES,
      SHAPE.startShare,
    ],
  );
  // One or two labels on some tasks, the first labels more often (a few labels carry most tasks).
  const labelled = await db.query(
    `WITH chosen AS (
       SELECT id, workspace_id, CASE WHEN random() < 0.7 THEN 1 ELSE 2 END AS count
         FROM projects.tasks WHERE workspace_id = ANY($1) AND random() < $2
     ), drawn AS (
       -- random() in a select list is drawn per row (in a join condition it would be per pair).
       SELECT c.id, c.workspace_id,
              1 + floor(power(random(), 1.8) * cardinality($3::text[]))::int AS label
         FROM chosen c CROSS JOIN LATERAL generate_series(1, c.count) n
     )
     INSERT INTO projects.task_labels (task_id, label_id)
     SELECT DISTINCT d.id, l.id
       FROM drawn d
       JOIN projects.labels l
         ON l.workspace_id = d.workspace_id AND l.name = ($3::text[])[d.label]`,
    [ids, SHAPE.labelledShare, LABELS.map(([name]) => name)],
  );
  // Comments by workspace members, between the task's creation and now; 5–30 words each.
  const comments = await db.query(
    bind(`WITH crew AS (
       SELECT workspace_id, array_agg(user_id ORDER BY user_id) AS users
         FROM projects.members WHERE workspace_id = ANY($1) AND role <> 'viewer'
        GROUP BY workspace_id
     ), threads AS (
       SELECT t.id, t.workspace_id, t.created_at, c.users,
              1 + floor(-ln(1 - random()) * 1.6)::int AS count
         FROM projects.tasks t JOIN crew c ON c.workspace_id = t.workspace_id
        WHERE t.workspace_id = ANY($1) AND random() < $3
     ), drawn AS (
       SELECT th.*, 5 + floor(random() * 26)::int AS body_words, random() AS r_author,
              random() AS r_when
         FROM threads th CROSS JOIN LATERAL generate_series(1, th.count) n
     )
     INSERT INTO projects.comments (workspace_id, task_id, author_id, body, created_at)
     SELECT workspace_id, id, users[1 + floor(r_author * cardinality(users))::int],
            ${words('body_words', 1.3)},
            created_at + (now() - created_at) * r_when
       FROM drawn`),
    [ids, WORDS, SHAPE.commentedShare],
  );
  // The media module's record of the task (normally fed by task events): attachments may be added.
  await db.query(
    `INSERT INTO media.known_tasks (task_id, workspace_id)
     SELECT id, workspace_id FROM projects.tasks WHERE workspace_id = ANY($1)`,
    [ids],
  );
  return { tasks: tasks.rowCount, labelled: labelled.rowCount, comments: comments.rowCount };
}

module.exports = {
  insertTasks,
  TASK_TABLES: [
    'projects.tasks',
    'projects.task_labels',
    'projects.labels',
    'projects.comments',
    'media.known_tasks',
  ],
};
