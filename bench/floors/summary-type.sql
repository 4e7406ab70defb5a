-- report summary --by type: per activity type, then the totals.
-- Parameters: @from, @to (ISO dates). The team's own work (internal types) reaches nobody.
WITH internal (type) AS (VALUES ('teamoverleg'), ('intervisie'), ('training')),
period AS (
    SELECT a.*, a.type IN (SELECT type FROM internal) AS inward,
           (SELECT sum(r.count) FROM activity_referral r WHERE r.activity_id = a.id) AS referred
    FROM activity a WHERE a.date BETWEEN @from AND @to
),
figures AS (
    SELECT a.type AS key, count(*) AS activities, sum(minutes) AS minutes,
           sum(CASE WHEN inward THEN 0 ELSE questions END) AS questions,
           sum(CASE WHEN inward THEN 0 ELSE reached END) AS reached,
           sum(CASE WHEN inward THEN 0 ELSE reached_professionals END) AS reached_professionals,
           coalesce(sum(referred), 0) AS referrals, sum(after_hours) AS after_hours,
           sum(km_tenths) / 10.0 AS km, sum(expenses_cents) AS expenses_cents
    FROM period a
    GROUP BY a.type ORDER BY key IS NULL, key
)
SELECT json_object(
    'rows', (SELECT json_group_array(json_object(
                 'key', key, 'activities', activities, 'minutes', minutes, 'questions', questions,
                 'reached', reached, 'reached_professionals', reached_professionals,
                 'referrals', referrals, 'after_hours', after_hours, 'km', km,
                 'expenses_cents', expenses_cents)) FROM figures),
    'totals', (SELECT json_object(
                   'activities', count(*), 'minutes', coalesce(sum(minutes), 0),
                   'questions', coalesce(sum(CASE WHEN inward THEN 0 ELSE questions END), 0),
                   'reached', coalesce(sum(CASE WHEN inward THEN 0 ELSE reached END), 0),
                   'reached_professionals',
                   coalesce(sum(CASE WHEN inward THEN 0 ELSE reached_professionals END), 0),
                   'referrals', coalesce(sum(referred), 0),
                   'after_hours', coalesce(sum(after_hours), 0),
                   'km', coalesce(sum(km_tenths), 0) / 10.0,
                   'expenses_cents', coalesce(sum(expenses_cents), 0)) FROM period));
