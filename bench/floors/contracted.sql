-- The minutes contracted per key person in the period: each assignment's weekly minutes spread
-- over the days it ran in the period, rounded once per assignment. Parameters: @from, @to.
SELECT json_object('rows', json_group_array(json_object('key', key, 'contracted_minutes', minutes)))
FROM (SELECT p.handle AS key,
             sum((s.minutes_per_week * CAST(julianday(min(@to, coalesce(s.until_date, @to)))
                                            - julianday(max(@from, s.from_date)) + 1 AS INTEGER)
                  + 3) / 7) AS minutes
      FROM assignment s JOIN person p ON p.id = s.person_id
      WHERE s.from_date <= @to AND (s.until_date IS NULL OR s.until_date >= @from)
      GROUP BY s.person_id ORDER BY key);
