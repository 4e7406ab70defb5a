-- report monthly: the figures of every section that come from the log, each read once: the
-- summary per key person (which also gives the hours logged), reach per theme, referrals, the
-- minutes contracted, the allowance's months of the year and what the alerts are worked out
-- from. The rest comes from small tables (key persons, their languages, agreements, signals)
-- that sleutel reads whole in a few milliseconds.
-- Parameters: @from, @to, @year_from (ISO dates). One JSON document per line, in this order.
.read summary-person.sql
.read reach.sql
.read referrals.sql
.read contracted.sql
.read allowance.sql
.read alerts.sql
