// Building a key person's card for a supervision talk with the signals that concern them, and
// matching key persons against a need.
#pragma once
#include "model/config.hpp"
#include "model/profile.hpp"
#include "store/store.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sleutel {

ProfileCard profile_card(Store& store, const Config& config, Id person, Date today);
// The cards of every key person at once, for the signals report: a few queries in all rather
// than a few per person. Their status histories and logged trainings are left empty.
std::map<Id, ProfileCard> profile_cards(Store& store, const Config& config, Date today);

// Contracted minutes of `assignment` between `from` and `to`: its weekly hours pro rata per day.
Minutes contracted_minutes(const Assignment& assignment, Date from, Date to);

// A training counts as intervision when its name says so (intervisie, intervision).
bool is_intervision(const std::string& training_name);

// Active key persons, best fit first (most criteria met, then most time available).
std::vector<Match> match_persons(Store& store, const Need& need, Date today);

} // namespace sleutel
