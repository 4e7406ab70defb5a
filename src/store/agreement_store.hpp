// SQL for agreement periods and age bands. Callers run these inside Store::write() where they
// change something.
#pragma once
#include "model/agreement.hpp"
#include "model/entities.hpp"
#include "store/store.hpp"

#include <map>
#include <optional>
#include <vector>

namespace sleutel::db {

// Adds a dated agreement period, or changes the one starting on the same day.
void save_agreement(Store& store, Id person, const Agreement& agreement);
// Periods in start order: one person's, or everyone's at once.
std::vector<Agreement> agreements(Store& store, Id person);
std::map<Id, std::vector<Agreement>> agreements_by_person(Store& store,
                                                          std::optional<Id> person = std::nullopt);

// What the allowance keeps of a forgotten person's age.
void save_age_bands(Store& store, Id person, const std::vector<AgeBand>& bands);
std::map<Id, std::vector<AgeBand>> age_bands_by_person(Store& store,
                                                       std::optional<Id> person = std::nullopt);

} // namespace sleutel::db
