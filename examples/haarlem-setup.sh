#!/usr/bin/env bash
# A Haarlem-like programme from scratch, with examples/haarlem.toml: two paid key persons of
# 18 hours a week and two volunteers of 8, assigned to the GGD and the neighbourhood team, their
# intervision at the GGD, and a first week of work with referrals to the wijkteam.
#
# Usage: SLEUTEL_DB=/path/to/new.db haarlem-setup.sh
# sleutel's own settings apply ($SLEUTEL_DB, $SLEUTEL_TODAY); the config is the example's.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
sleutel=${SLEUTEL:-sleutel}
s() { "$sleutel" --config "$here/haarlem.toml" "$@"; }

s init
s register org ggd-kennemerland --name "GGD Kennemerland" --type ggd --municipality Haarlem
s register org wijkteam-schalkwijk --name "Sociaal wijkteam Schalkwijk" --type wijkteam \
    --municipality Haarlem

# Paid: 18 hours, health education at the GGD. Volunteers: 8 hours, in the neighbourhood team.
s register person amira --name "Amira Haddad" --municipality Haarlem --lang ar:native \
    --lang nl:B2 --gender f --contract employed --hours 18 --since 2025-09-01
s register person yonas --name "Yonas Tesfay" --municipality Haarlem --lang ti:native \
    --lang nl:B1 --gender m --contract employed --hours 18 --since 2025-09-01
s register person farida --name "Farida Ahmadi" --municipality Haarlem --lang prs:native \
    --lang fa:C1 --lang nl:B1 --gender f --contract volunteer --hours 8 --since 2026-01-15
s register person hodan --name "Hodan Ali" --municipality Haarlem --lang so:native --lang nl:A2 \
    --gender f --contract volunteer --hours 8 --since 2026-02-01 --birth-year 2006

s assign amira ggd --role voorlichter --hours 18 --from 2025-09-01 --supervisor "Inge de Vries"
s assign yonas ggd --role verbinder --hours 18 --from 2025-09-01 --supervisor "Inge de Vries"
s assign farida wijkteam --role helper --hours 8 --from 2026-01-15 --contract volunteer
s assign hodan wijkteam --role tolk --hours 8 --from 2026-02-01 --contract volunteer

# Intervision at the GGD, twice a year.
for person in amira yonas farida hodan; do
    s profile "$person" training add intervisie --on 2026-10-06
done

# A week of work: sessions with reach, contacts that end in a referral to the wijkteam.
s log amira groepsvoorlichting 2h --date mon --theme gezondheid --theme zorgstelsel --reached 14
s log amira individueel-contact 45m --date tue --theme opvoeding --refer consultatiebureau
s log yonas netwerkoverleg 1h30 --date tue --theme wonen
s log yonas huisbezoek 1h --date wed --theme financien --refer schuldhulp --refer wijkteam
s log farida individueel-contact 1h --date wed --theme taal --refer wijkteam
s log hodan bemiddeling 1h --date thu --at 19:30 --theme onderwijs --refer wijkteam:2
