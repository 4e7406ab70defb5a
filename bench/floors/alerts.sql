-- What the alerts of a period are worked out from, beyond the per-person figures of hours and
-- allowance: each key person's last activity and last intervision up to the period's end (for
-- `inactive` and `intervision_overdue`), the minutes of the last four weeks (for `overload`),
-- and the days on which someone logged work under no assignment that held then
-- (`unassigned_activity`). Parameters: @from, @to (ISO dates).
SELECT json_object(
    'last_activity', (SELECT json_group_object(p.handle, (SELECT max(a.date) FROM activity a
                                                          WHERE a.person_id = p.id
                                                            AND a.date <= @to))
                      FROM person p),
    'last_intervision', (SELECT json_group_object(p.handle, (SELECT max(a.date) FROM activity a
                                                             WHERE a.person_id = p.id
                                                               AND a.type = 'intervisie'
                                                               AND a.date <= @to))
                         FROM person p),
    'four_weeks', (SELECT json_group_object(p.handle, m)
                   FROM (SELECT person_id, sum(minutes) AS m FROM activity
                         WHERE date BETWEEN date(@to, '-27 days') AND @to GROUP BY person_id)
                   JOIN person p ON p.id = person_id),
    'unassigned', (SELECT count(*) FROM activity a
                   WHERE a.date BETWEEN @from AND @to
                     AND NOT EXISTS (SELECT 1 FROM assignment s
                                     WHERE s.person_id = a.person_id AND s.from_date <= a.date
                                       AND (s.until_date IS NULL OR s.until_date >= a.date))));
