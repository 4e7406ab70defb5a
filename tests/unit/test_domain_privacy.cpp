// The note guard: true positives, in plain form and in disguise, and the look-alikes that must
// pass. The tables are counted, so the share of each is measured rather than guessed.
#include "domain/privacy.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace sleutel;

namespace {

const std::string bsn = "a citizen service number (BSN)";
const std::string phone = "a phone number";
const std::string email = "an e-mail address";
const std::string iban = "a bank account number (IBAN)";
const std::string postcode = "a postcode";
const std::string street = "a street address";
const std::string birth = "a date of birth";
const std::string titled = "a name with a title";

struct Refused {
    std::string text;
    const std::string& kind;
};

// Personal data, each with the kind the guard must name.
const std::vector<Refused> refused{
    // Citizen service numbers
    {"BSN 111222333 gecontroleerd", bsn},
    {"nummer 1234.56.782", bsn},
    {"123 456 782", bsn},
    {"bsn111222333", bsn},
    {"BSN: 637337670", bsn},
    {"bsn 250-591-960", bsn},
    {"burgerservicenummer 552 619 292", bsn},
    {"nr. 3142.02.699", bsn},
    {"8 6 2 3 4 7 8 1 6", bsn},
    {"825\u200B937\u200B711", bsn},
    {"111\u00AD222\u00AD333", bsn},
    {"\uFF11\uFF11\uFF11\uFF12\uFF12\uFF12\uFF13\uFF13\uFF13", bsn},
    {"\u0661\u0661\u0661\u0662\u0662\u0662\u0663\u0663\u0663", bsn},
    {"\u06F1\u06F1\u06F1\u06F2\u06F2\u06F2\u06F3\u06F3\u06F3", bsn},
    {"\u0967\u0967\u0967\u0968\u0968\u0968\u0969\u0969\u0969", bsn},
    {"111_222_333", bsn},
    {"111\u00B7222\u00B7333", bsn},
    {"111/222/333", bsn},
    {"111\u2013222\u2013333", bsn},
    {"111 \u2014 222 \u2014 333", bsn},
    {"111\t222\t333", bsn},
    {"111\u00A0222\u00A0333", bsn},
    {"111\u2009222\u2009333", bsn},
    {"111\u202F222\u202F333", bsn},
    {"\u202E111222333\u202C", bsn},
    {"\u2066111222333\u2069", bsn},
    {"bsn 49047437", bsn},
    {"BSN 48024600", bsn},
    {"60433231 (bsn)", bsn},
    {"bsn 5854 2991", bsn},
    {"111.222.333", bsn},
    {"111,222,333", bsn},
    {"BSN 1 1 1 2 2 2 3 3 3", bsn},
    {"\U0001D7CF\U0001D7CF\U0001D7CF\U0001D7D0\U0001D7D0\U0001D7D0\U0001D7D1\U0001D7D1"
     "\U0001D7D1",
     bsn},
    {"BSN 111222333, 12 deelnemers", bsn},
    {"bsn\u2060111222333", bsn},
    {"bsn: \u0E51\u0E51\u0E51\u0E52\u0E52\u0E52\u0E53\u0E53\u0E53", bsn},
    {"111\uFEFF222\uFEFF333", bsn},
    // Phone numbers
    {"bel 0612345678", phone},
    {"06-12345678", phone},
    {"06 1234 5678", phone},
    {"(020) 123 4567", phone},
    {"020-1234567", phone},
    {"+31 6 12345678", phone},
    {"+251 91 123 4567", phone},
    {"0031612345678", phone},
    {"bel 06\u201312345678", phone},
    {"bel 06\u201112345678", phone},
    {"bel 06/12345678", phone},
    {"bel 612345678", phone},
    {"\u0660\u0666\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668", phone},
    {"\u06F0\u06F6\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8", phone},
    {"+ 31 6 12345678", phone},
    {"31612345678", phone},
    {"0031 6 12345678", phone},
    {"+31 (0)6 12345678", phone},
    {"(0)6-12345678", phone},
    {"wa.me/31612345678", phone},
    {"06 - 12345678", phone},
    {"1-555-123-4567", phone},
    {"+1 555 123 4567", phone},
    {"\uFF10\uFF16\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18", phone},
    {"06\u200B12345678", phone},
    {"0\u200D6\u200C1234\u200B5678", phone},
    {"06\u00AD12345678", phone},
    {"\u200F0612345678\u200E", phone},
    {"06.12.34.56.78", phone},
    {"06 12 34 56 78", phone},
    {"06_12_34_56_78", phone},
    {"06\u00B712\u00B734\u00B756\u00B778", phone},
    {"0 6 1 2 3 4 5 6 7 8", phone},
    {"06   12345678", phone},
    {"06\u300012345678", phone},
    {"+31\u00A06\u00A012345678", phone},
    {"tel: \u0966\u096C\u0967\u0968\u0969\u096A\u096B\u096C\u096D\u096E", phone},
    {"tel 06\u201412345678", phone},
    {"06\uFE6312345678", phone},
    {"06\uFF0D12345678", phone},
    {"+44 20 7946 0958", phone},
    {"0044 20 7946 0958", phone},
    {"(555) 123-4567", phone},
    {"whatsapp +31612345678", phone},
    {"bel 06-12345678 na 3 dagen", phone},
    {"+\u0663\u0661 \u0666 \u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668", phone},
    {"+32 470 12 34 56", phone},
    {"0031-(0)6-12345678", phone},
    {"06 - 1234 - 5678", phone},
    {"+31 6 1234 5678", phone},
    {"\uFF0B31 6 12345678", phone},
    // E-mail addresses
    {"mail naar fatima.b@gmail.com", email},
    {"x@wijkteam-noord.nl.", email},
    {"fatima\uFF20gmail.com", email},
    {"fatima\uFE6Bgmail.com", email},
    {"fatima @ gmail.com", email},
    {"fatima@ gmail.com", email},
    {"fatima [at] gmail [dot] com", email},
    {"fatima(at)gmail.com", email},
    {"fatima at gmail punt com", email},
    {"fatima at gmail dot com", email},
    {"fatima at gmail.com", email},
    {"fatima{at}hotmail{dot}nl", email},
    {"fatima@gmail\u3002com", email},
    {"fatima@gmail\uFF0Ecom", email},
    {"\"fatima b\"@example.nl", email},
    {"user@[192.168.1.1]", email},
    {"fatima.b\u200B@gmail.com", email},
    {"fatima@gmail\u200B.com", email},
    {"amira+ggd@outlook.com", email},
    {"f.yusuf@gemeente.haarlem.nl", email},
    {"FATIMA@GMAIL.COM", email},
    {"fatima [at] gmail [punt] nl", email},
    {"fatima apenstaartje ziggo punt nl", email},
    {"fatima (at) ziggo (dot) nl", email},
    {"\uFF46\uFF41\uFF54\uFF49\uFF4D\uFF41\uFF20\uFF47\uFF4D\uFF41\uFF49\uFF4C\uFF0E\uFF43"
     "\uFF4F\uFF4D",
     email},
    {"mail: fatima @ gmail . com", email},
    {"\u202Efatima@gmail.com", email},
    {"user@192.168.1.1", email},
    {"fatima\u00AD@gmail.com", email},
    {"fatima at hotmail dot nl", email},
    // Bank account numbers
    {"NL91ABNA0417164300", iban},
    {"NL91 ABNA 0417 1643 00", iban},
    {"nl91abna0417164300", iban},
    {"IBAN: NL20 INGB 0001 2345 67", iban},
    {"rek. nl39 rabo 0300 0652 64", iban},
    {"DE89 3704 0044 0532 0130 00", iban},
    {"GB29NWBK60161331926819", iban},
    {"BE68 5390 0754 7034", iban},
    {"FR14 2004 1010 0505 0001 3M02 606", iban},
    {"TR33 0006 1005 1978 6457 8413 26", iban},
    {"NL91-ABNA-0417-1643-00", iban},
    {"\uFF2E\uFF2C\uFF19\uFF11\uFF21\uFF22\uFF2E\uFF21\uFF10\uFF14\uFF11\uFF17\uFF11\uFF16"
     "\uFF14\uFF13\uFF10\uFF10",
     iban},
    {"NL91\u200BABNA\u200B0417164300", iban},
    {"NL91.ABNA.0417.1643.00", iban},
    {"MA64 0115 1900 0001 2050 0053 4921", iban},
    {"betaald via NL39RABO0300065264 gisteren", iban},
    // Postcodes
    {"Postcode 2011 AB, wijk Noord", postcode},
    {"3811 AB", postcode},
    {"3811AB", postcode},
    {"3811 ab", postcode},
    {"woont in 3811 AB Amersfoort", postcode},
    {"pc 1012 JS", postcode},
    {"\uFF13\uFF18\uFF11\uFF11 \uFF21\uFF22", postcode},
    {"3811\u00A0AB", postcode},
    {"\u0663\u0668\u0661\u0661 AB", postcode},
    {"3811 Ab", postcode},
    {"postcode: 9711 LM.", postcode},
    {"1234 ZZ", postcode},
    // Street addresses
    {"Leusderweg 12", street},
    {"Kerkstraat 5a", street},
    {"Oude Gracht 12-2", street},
    {"woont op de Stationsweg 4", street},
    {"kerkstraat 5", street},
    {"Langestraat 112, Amersfoort", street},
    {"Dorpsplein 3", street},
    {"Vondellaan 14 A", street},
    {"Herengracht 502", street},
    {"Prinsengracht 263-267", street},
    {"Wilhelminasingel 7", street},
    {"Westdijk 10", street},
    {"Hoge Dreef 3", street},
    {"Molensteeg 2", street},
    {"Kerkpad 8", street},
    {"Julianapark 22", street},
    {"Stadhuisplein 1", street},
    {"Muntkade 9", street},
    {"Stationsweg \u0664", street},
    {"Leusderweg 12bis", street},
    {"Kerkstraat\u00A05a", street},
    {"Leusder\u00ADweg 12", street},
    {"Hofplantsoen 3", street},
    {"Emmawal 4", street},
    {"Oude Markt 5", street},
    // Dates of birth
    {"geboren 12-03-1984", birth},
    {"geb. 12/3/84", birth},
    {"geboortedatum 1984-03-12", birth},
    {"DOB 12.03.1984", birth},
    {"dob: 3 march 1984", birth},
    {"born 3 March 1984", birth},
    {"geboren op 12 maart 1984", birth},
    {"kind *12-03-2019", birth},
    {"zoon \u00B0 12-03-1984", birth},
    {"geb 12 mrt 1984", birth},
    {"date of birth: March 3, 1984", birth},
    {"geboren: \u0661\u0662-\u0660\u0663-\u0661\u0669\u0668\u0664", birth},
    {"birthdate 1984/03/12", birth},
    {"12-03-1984 geboren", birth},
    {"geb. \uFF11\uFF12\uFF0D\uFF10\uFF13\uFF0D\uFF11\uFF19\uFF18\uFF14", birth},
    {"geboren 12\u200B-03-1984", birth},
    {"Geboren 3 mei 2019", birth},
    {"Birth: 12 Dec 1990", birth},
    {"zoon \u00B02015-06-01", birth},
    {"geb.12.03.84", birth},
    {"geboren op 12 03 1984", birth},
    // Names with a title
    {"mevrouw Yusuf", titled},
    {"dhr. Jansen", titled},
    {"mw. El Amrani", titled},
    {"Gesprek met Mevrouw Yusuf", titled},
    {"mevr. Bakker", titled},
    {"mw Bakker", titled},
    {"meneer \u00D6zt\u00FCrk", titled},
    {"de heer De Vries", titled},
    {"Mr. Smith", titled},
    {"Mrs. Haddad", titled},
    {"Ms. Tesfaye", titled},
    {"mr Jansen", titled},
    {"dhr Ahmadi", titled},
    {"MEVROUW YUSUF", titled},
    {"mevrouw\u00A0Yusuf", titled},
    {"\uFF4D\uFF45\uFF56\uFF52\uFF4F\uFF55\uFF57 \uFF39\uFF55\uFF53\uFF55\uFF46", titled},
    {"dhr.Jansen", titled},
    {"meneer El Idrissi", titled},
    {"mw. \u010Coli\u0107", titled},
    {"mevrouw  Haddad", titled},
    {"06-1234-5678", phone},
    {"tel. 0612 345 678", phone},
    {"(06) 12345678", phone},
    {"+31-6-12345678", phone},
    {"0031(0)612345678", phone},
    {"fatima(@)gmail.com", email},
    {"fatima.b [at] gmail [.] com", email},
    {"IBAN NL 91 ABNA 0417 1643 00", iban},
    {"Kerkstraat nr. 5", street},
    {"1e Hugo de Grootstraat 12", street},
    {"geboortedatum 12-3-1984", birth},
    {"her birthday is 3 march 1984", birth},
    {"Mevr Bakker", titled},
    {"de Heer Jansen", titled},
};

// Ordinary notes about activities, with the numbers and words that look like personal data.
const std::vector<std::string> ordinary{
    "2026-11-20",
    "20-11-2026",
    "op 3 maart 2026",
    "14:00-16:00",
    "14.00 - 16.00 uur",
    "1h30",
    "45 minuten",
    "12 deelnemers, 3 moeders",
    "lokaal 3.12",
    "zaal B2",
    "2025/2026",
    "\u20AC 12,50",
    "week 47",
    "groep 7",
    "bus 12",
    "huisnummer onbekend",
    "Verwezen naar huisarts en GGD",
    "@GGD op twitter",
    "afspraak @ 14:00",
    "V-2026-0042",
    "Voorlichting over vaccinaties, 12 deelnemers",
    "Afspraak 2026-11-23 om 14:30",
    "Kosten \u20AC 12,50 voor koffie",
    "3 moeders, 7 kinderen",
    "Jaar 2026, week 47",
    "Tijd 09:30-11:00",
    "Bedrag 1.234,56",
    "Huisnummer 12-14",
    "mevrouw vertelde over haar ervaringen",
    "dossier 123456789",
    "1112223330 stuks",
    "Van 09.30 tot 11.00 uur voorlichting",
    "Schooljaar 2025-2026",
    "om 14.00 uur gestart",
    "Bijeenkomst 20/11/2026 in de bibliotheek",
    "Activiteit 3 van 12",
    "2 uur onderweg, 3 keer overgestapt",
    "Taalcafe in de bibliotheek, 15 deelnemers",
    "Ouderavond groep 7 en 8",
    "Voorlichting in het Arabisch en Tigrinya",
    "Zaal 2.14, 20 stoelen",
    "Inloop 10:00 - 12:00",
    "Kosten EUR 45,00",
    "Reiskosten 12,5 km",
    "ref ext-1",
    "Les 4 van 10",
    "Week 47: 3 huisbezoeken",
    "Q3 2026 rapportage",
    "2026-W47",
    "20 november 2026 voorlichting",
    "Gesprek met de moeder over school",
    "Bezoek aan de markt, 3 gezinnen",
    "Verwijzing naar het wijkteam",
    "Bus 12 naar het centrum",
    "Meer dan 1000 mensen bereikt",
    "Tussen 2020 en 2026 gegroeid",
    "in 2026 op school",
    "Opkomst 85%",
    "Kamer 1.05",
    "versie 2.3.1",
    "Van 1 tot 15 december",
    "Iedereen at samen",
    "Met de groep at the library gegeten",
    "Voorlichting op de Kerkstraat",
    "Rotterdam 2026",
    "de MR vergadering",
    "MS Teams overleg",
    "Verwezen naar MW Noord",
    "Zondag 22 november 2026, 14.00 - 16.00 uur",
    "Om 9.30 uur begonnen",
    "10x bezocht",
    "Gesprek met meneer. Daarna koffie",
    "week 47-48",
    "Markt 2026 in het centrum",
    "Vanaf 2026-01-01 tot 2026-12-31",
    "Sessie 1 van 3 (2026)",
    "Huiswerkklas 16.30-18.00",
    "Cursus 12 weken, 2 uur per week",
    "8 vrouwen, 2 mannen, 14 kinderen",
    "Voorlichting voor 120 ouders",
    "Op de markt 3 keer uitgedeeld",
    "Route via snelweg 2 uur",
    "Kosten \u20AC 1.250,00 voor de zaal",
    "Beamer 1920x1080",
    "Telefonisch spreekuur",
    "Mail gestuurd naar de school",
    "Bijeenkomst op 12-03-2026",
    "Kraamzorg besproken met 4 moeders",
    "* 20-11-2026 voorlichting",
    "Jaarplan 2026 / 2027",
    "Geboortezorg voorlichting op 12-03-2026",
    "Voorlichting 2026-11-20 van 13.30 tot 15.00 uur",
    "Op 20-11-2026 om 10.00 uur gestart, 14 deelnemers",
    "Huur zaal 2026/2027 begroot",
    "Excursie naar Amsterdam 2026",
    "Inloopspreekuur 09.00-12.00",
    "Project 2024-2026 afgerond",
    "Meneer vertelde over zijn werk",
    "Activiteit in buurthuis De Kade",
    "Wandeling in het park 2 uur",
    "Zaal open 8.30, start 9.00",
    "Kinderen van 4-12 jaar",
    "Rapport Q3 2026, 1234 activiteiten",
    "Afspraak om 10:30 bij de GGD, daarna 11:45 naar school",
    "Met MR en OR besproken",
    "In de week van 16 t/m 20 november 2026",
    "Fietspad 3 km gelopen",
    "Ref 20260042",
    "Dossier 2026-123456",
    "moeder van 2, geboren in 1984",
};

} // namespace

TEST_CASE("the privacy guard refuses personal data in disguise, naming its kind") {
    std::size_t found = 0;
    std::size_t right_kind = 0;
    for (const Refused& r : refused) {
        CAPTURE(r.text);
        const auto kind = personal_data_in(r.text);
        CHECK(kind == r.kind);
        found += kind.has_value();
        right_kind += kind == r.kind;
    }
    MESSAGE("privacy guard: ", found, " refused of ", refused.size(), " (", right_kind,
            " with the right kind)");
    CHECK(refused.size() >= 150);
}

TEST_CASE("the privacy guard lets ordinary notes pass") {
    std::size_t passed = 0;
    for (const std::string& note : ordinary) {
        CAPTURE(note);
        const auto kind = personal_data_in(note);
        CHECK_FALSE(kind);
        passed += !kind;
    }
    MESSAGE("privacy guard: ", passed, " passed of ", ordinary.size());
    CHECK(ordinary.size() >= 50);
}

TEST_CASE("the privacy guard stays fast on long texts") {
    std::string text;
    while (text.size() < 100'000)
        text += "12 34-56 78.90 @ at . (0)+ mevrouw Kerkstraat 3811 geb. ";
    CHECK_NOTHROW((void)personal_data_in(text));
    const std::string digits(100'000, '1');
    CHECK_NOTHROW((void)personal_data_in(digits));
    const std::string ats(100'000, '@');
    CHECK_FALSE(personal_data_in(ats));
}

TEST_CASE("privacy normalisation is idempotent on every note of the tables") {
    std::vector<std::string> texts;
    for (const Refused& r : refused)
        texts.push_back(r.text);
    for (const std::string& note : ordinary)
        texts.push_back(note);
    for (const std::string& text : texts) {
        CAPTURE(text);
        const std::string once = normalised_for_matching(text);
        CHECK(normalised_for_matching(once) == once);
    }
}
