# The privacy guard on the real binary: notes and goals holding personal data, also in
# disguise, are refused with exit 65 and the kind named, never the data itself; ordinary notes
# about activities are logged.
# stores: file and server
source "$(dirname "$0")/lib.sh"

sl init
sl register person amira --name "Amira" --hours 8
sl register org ggd --name "GGD" --type ggd
sl assign amira ggd --role voorlichter --hours 8 --from 2026-01-01

kind_text() {
    case $1 in
    bsn) echo "a citizen service number (BSN)" ;;
    phone) echo "a phone number" ;;
    email) echo "an e-mail address" ;;
    iban) echo "a bank account number (IBAN)" ;;
    postcode) echo "a postcode" ;;
    street) echo "a street address" ;;
    birth) echo "a date of birth" ;;
    title) echo "a name with a title" ;;
    esac
}

# kind|a piece of the data that must not be echoed|the note (printf %b escapes: \uXXXX)
refused=0
refused_of=0
while IFS='|' read -r kind piece text; do
    [ -n "$kind" ] || continue
    note=$(printf '%b' "$text")
    refused_of=$((refused_of + 1))
    it "refused ($kind): $text"
    sl log amira groepsvoorlichting 1h --date 2026-11-20 --note "$note"
    before=$failed
    expect_code 65
    expect_err "sleutel: error: the note holds $(kind_text "$kind");"
    grep -qF -- "$piece" err && _fail "stderr repeats '$piece'" || _pass
    expect_out_empty
    [ "$failed" -eq "$before" ] && refused=$((refused + 1))
done <<'CASES'
bsn|111222333|BSN 111222333 gecontroleerd
bsn|56.782|nummer 1234.56.782
bsn|456 782|123 456 782
bsn|591-960|bsn 250-591-960
bsn|619 292|burgerservicenummer 552 619 292
bsn|937|825\u200B937\u200B711
bsn|222|111\u00AD222\u00AD333
bsn|\uFF11|\uFF11\uFF11\uFF11\uFF12\uFF12\uFF12\uFF13\uFF13\uFF13
bsn|\u0662\u0662|\u0661\u0661\u0661\u0662\u0662\u0662\u0663\u0663\u0663
bsn|\u06F2\u06F2|\u06F1\u06F1\u06F1\u06F2\u06F2\u06F2\u06F3\u06F3\u06F3
bsn|\u0968|\u0967\u0967\u0967\u0968\u0968\u0968\u0969\u0969\u0969
bsn|222_333|111_222_333
bsn|222|111\u00B7222\u00B7333
bsn|222|111\u2013222\u2013333
bsn|222|\u202E111222333\u202C
bsn|49047437|bsn 49047437
bsn|2 2 2|BSN 1 1 1 2 2 2 3 3 3
bsn|111222333|BSN 111222333, 12 deelnemers
phone|12345678|bel 0612345678
phone|12345678|06-12345678
phone|1234 5678|06 1234 5678
phone|123 4567|(020) 123 4567
phone|12345678|+ 31 6 12345678
phone|31612345678|31612345678
phone|12345678|0031 6 12345678
phone|12345678|+31 (0)6 12345678
phone|12345678|(0)6-12345678
phone|31612345678|wa.me/31612345678
phone|12345678|06 - 12345678
phone|555-123|1-555-123-4567
phone|555 123|+1 555 123 4567
phone|\u0661\u0662\u0663|\u0660\u0666\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668
phone|\uFF11\uFF12|\uFF10\uFF16\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18
phone|5678|0\u200D6\u200C1234\u200B5678
phone|34.56|06.12.34.56.78
phone|34 56|06 12 34 56 78
phone|12345678|06\u300012345678
phone|7946|+44 20 7946 0958
phone|12345678|bel 612345678
email|fatima|mail naar fatima.b@gmail.com
email|fatima|fatima\uFF20gmail.com
email|fatima|fatima\uFE6Bgmail.com
email|fatima|fatima @ gmail.com
email|fatima|fatima [at] gmail [dot] com
email|fatima|fatima(at)gmail.com
email|fatima|fatima at gmail punt com
email|fatima|fatima at hotmail dot nl
email|fatima|fatima@gmail\u3002com
email|fatima|fatima@gmail\uFF0Ecom
email|fatima b|"fatima b"@example.nl
email|192.168|user@[192.168.1.1]
email|ziggo|fatima apenstaartje ziggo punt nl
iban|0417|NL91ABNA0417164300
iban|0417 1643|NL91 ABNA 0417 1643 00
iban|abna|nl91abna0417164300
iban|INGB|IBAN: NL20 INGB 0001 2345 67
iban|3704|DE89 3704 0044 0532 0130 00
iban|NWBK|GB29NWBK60161331926819
postcode|2011|Postcode 2011 AB, wijk Noord
postcode|3811|3811 AB
postcode|3811|3811AB
postcode|3811|3811 ab
street|Leusderweg|Leusderweg 12
street|Kerkstraat|Kerkstraat 5a
street|Gracht|Oude Gracht 12-2
street|Stationsweg|woont op de Stationsweg 4
birth|1984|geboren 12-03-1984
birth|12/3|geb. 12/3/84
birth|1984|geboortedatum 1984-03-12
birth|1984|DOB 12.03.1984
birth|march|born 3 march 1984
birth|maart|geboren op 12 maart 1984
title|Yusuf|mevrouw Yusuf
title|Jansen|dhr. Jansen
title|Amrani|mw. El Amrani
title|Smith|Mr. Smith
CASES

logged=0
logged_of=0
it "ordinary notes are logged"
while IFS= read -r text; do
    [ -n "$text" ] || continue
    note=$(printf '%b' "$text")
    logged_of=$((logged_of + 1))
    current="ordinary: $text"
    sl log amira groepsvoorlichting 1h --date 2026-11-20 --note "$note"
    if [ "$code" -eq 0 ]; then
        _pass
        logged=$((logged + 1))
    else
        _fail "an ordinary note was refused"
    fi
done <<'CASES'
Voorlichting over vaccinaties, 12 deelnemers
Afspraak 2026-11-20 om 14:30
20-11-2026 voorlichting
op 3 maart 2026
14:00-16:00
14.00 - 16.00 uur
1h30 gepraat, 45 minuten pauze
12 deelnemers, 3 moeders
lokaal 3.12
zaal B2
2025/2026
Kosten \u20AC 12,50 voor koffie
week 47
groep 7
bus 12
huisnummer onbekend
Verwezen naar huisarts en GGD
@GGD op twitter
afspraak @ 14:00
V-2026-0042
mevrouw vertelde over haar ervaringen
Bedrag 1.234,56
Schooljaar 2025-2026
Van 09.30 tot 11.00 uur
Voorlichting op de Kerkstraat
CASES

it "goals holding personal data are refused the same way"
goal_refused=0
while IFS='|' read -r kind piece text; do
    [ -n "$kind" ] || continue
    goal=$(printf '%b' "$text")
    current="goal ($kind): $text"
    sl profile amira goal add "$goal"
    before=$failed
    expect_code 65
    expect_err "sleutel: error: the goal holds $(kind_text "$kind");"
    grep -qF -- "$piece" err && _fail "stderr repeats '$piece'" || _pass
    [ "$failed" -eq "$before" ] && goal_refused=$((goal_refused + 1))
done <<'CASES'
phone|12345678|Bellen met 06-12345678 oefenen
email|fatima|Mailen met fatima at gmail punt com
title|Yusuf|Gesprek voeren met mevrouw Yusuf
street|Leusderweg|Huisbezoek Leusderweg 12
bsn|222|Formulier met 111\u200B222\u200B333 invullen
CASES
it "a goal without personal data is added"
sl profile amira goal add "Zelf een voorlichting over vaccinaties leiden"
expect_code 0

it "log edit is guarded too"
sl log amira groepsvoorlichting 1h --date 2026-11-20 --note "Voorlichting"
id=$(cat out)
sl log edit "$id" --note "$(printf '%b' 'bel +31\u00A06\u00A012345678')"
expect_code 65
expect_err "sleutel: error: the note holds a phone number;"

it "nothing refused was stored"
sl log list --period 2026-11-20 --format csv
expect_out_not "12345678"
expect_out_not "fatima"
expect_out_not "Yusuf"

echo "privacy guard: $refused refused of $refused_of, $logged passed of $logged_of," \
    "$goal_refused goals refused of 5"
finish
