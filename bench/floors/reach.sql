-- report reach: per theme, activities and whom they reached, then the totals.
-- Parameters: @from, @to (ISO dates). The team's own work (internal types) reaches nobody.
WITH internal (type) AS (VALUES ('teamoverleg'), ('intervisie'), ('training')),
period AS (
    SELECT a.id, a.type IN (SELECT type FROM internal) AS inward, a.reached,
           a.reached_professionals, a.questions
    FROM activity a WHERE a.date BETWEEN @from AND @to
),
figures AS (
    SELECT t.theme AS key, count(*) AS activities,
           sum(CASE WHEN inward THEN 0 ELSE reached END) AS reached,
           sum(CASE WHEN inward THEN 0 ELSE reached_professionals END) AS reached_professionals,
           sum(CASE WHEN inward THEN 0 ELSE questions END) AS questions
    FROM period a LEFT JOIN activity_theme t ON t.activity_id = a.id
    GROUP BY t.theme ORDER BY key IS NULL, key
)
SELECT json_object(
    'rows', (SELECT json_group_array(json_object(
                 'key', key, 'activities', activities, 'reached', reached,
                 'reached_professionals', reached_professionals, 'questions', questions))
             FROM figures),
    'totals', (SELECT json_object(
                   'activities', count(*),
                   'reached', coalesce(sum(CASE WHEN inward THEN 0 ELSE reached END), 0),
                   'reached_professionals',
                   coalesce(sum(CASE WHEN inward THEN 0 ELSE reached_professionals END), 0),
                   'questions', coalesce(sum(CASE WHEN inward THEN 0 ELSE questions END), 0))
               FROM period));
