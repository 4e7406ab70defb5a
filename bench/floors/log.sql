-- sleutel log: the rows one activity is, inserted raw in one transaction: an individual contact
-- of 30 minutes on the theme `taal` on 2026-12-01, under the first assignment that holds then.
PRAGMA foreign_keys = ON;
BEGIN;
INSERT INTO activity (date, person_id, type, role, organisation_id, assignment_id, minutes,
                      created_at)
SELECT '2026-12-01', person_id, 'individueel-contact', role, organisation_id, id, 30,
       '2026-12-15T00:00:00Z'
FROM assignment
WHERE from_date <= '2026-12-01' AND (until_date IS NULL OR until_date >= '2026-12-01')
ORDER BY id LIMIT 1;
INSERT INTO activity_theme VALUES (last_insert_rowid(), 'taal');
COMMIT;
