-- report hours: per key person, the minutes contracted (each assignment's weekly minutes spread
-- over the days it ran in the period, rounded once per assignment) beside the minutes logged.
-- Parameters: @from, @to (ISO dates).
WITH contracted AS (
    SELECT person_id,
           sum((minutes_per_week * CAST(julianday(min(@to, coalesce(until_date, @to)))
                                         - julianday(max(@from, from_date)) + 1 AS INTEGER)
                + 3) / 7) AS minutes
    FROM assignment
    WHERE from_date <= @to AND (until_date IS NULL OR until_date >= @from)
    GROUP BY person_id
),
logged AS (
    SELECT person_id, sum(minutes) AS minutes, sum(after_hours) AS after_hours
    FROM activity WHERE date BETWEEN @from AND @to GROUP BY person_id
),
figures AS (
    SELECT p.handle AS key, coalesce(c.minutes, 0) AS contracted_minutes,
           coalesce(l.minutes, 0) AS minutes, coalesce(l.after_hours, 0) AS after_hours
    FROM person p LEFT JOIN contracted c ON c.person_id = p.id
    LEFT JOIN logged l ON l.person_id = p.id
    WHERE c.minutes > 0 OR l.minutes > 0
)
SELECT json_object(
    'rows', (SELECT json_group_array(json_object(
                 'key', key, 'contracted_minutes', contracted_minutes, 'minutes', minutes,
                 'after_hours', after_hours)) FROM (SELECT * FROM figures ORDER BY key)),
    'totals', (SELECT json_object('contracted_minutes', coalesce(sum(contracted_minutes), 0),
                                  'minutes', coalesce(sum(minutes), 0),
                                  'after_hours', coalesce(sum(after_hours), 0)) FROM figures));
