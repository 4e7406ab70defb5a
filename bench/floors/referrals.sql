-- report referrals: per target, the people referred and the activities that referred them.
-- Parameters: @from, @to (ISO dates).
WITH referred AS (
    SELECT r.target, r.count, r.activity_id
    FROM activity a JOIN activity_referral r ON r.activity_id = a.id
    WHERE a.date BETWEEN @from AND @to
)
SELECT json_object(
    'rows', (SELECT json_group_array(json_object('key', target, 'referrals', n, 'activities', m))
             FROM (SELECT target, sum(count) AS n, count(*) AS m FROM referred
                   GROUP BY target ORDER BY target)),
    'totals', (SELECT json_object('referrals', coalesce(sum(count), 0),
                                  'activities', count(DISTINCT activity_id)) FROM referred));
