-- report allowance: what the volunteer allowance is worked out from, per key person and month
-- of the year up to the period's end: the minutes and kilometres logged. The euros follow from
-- these, the agreements and the ceilings in the config; no SQL makes them cheaper to read.
-- Parameters: @year_from, @to (ISO dates).
SELECT json_object('rows', json_group_array(json_object(
           'key', key, 'month', month, 'minutes', minutes, 'km', km)))
FROM (SELECT p.handle AS key, substr(a.date, 1, 7) AS month, sum(a.minutes) AS minutes,
             sum(a.km_tenths) / 10.0 AS km
      FROM activity a JOIN person p ON p.id = a.person_id
      WHERE a.date BETWEEN @year_from AND @to
      GROUP BY a.person_id, month ORDER BY key, month);
