/** Column sizes, shared by the entities and the request DTOs so the two cannot drift apart. */
export const PROJECT_NAME_MAX = 100;
export const PROJECT_DESCRIPTION_MAX = 2000;
export const TASK_TITLE_MAX = 200;
export const TASK_DESCRIPTION_MAX = 5000;
/** Comments are counted in Unicode code points, as Postgres' char_length counts them. */
export const COMMENT_BODY_MAX = 10_000;
