// tests/mml/models/data.hpp — the data sets of notebooks/data for the models' tests and benchmark.
//
// load_labelled(name, label) reads a CSV with a header row and one column of class labels (text,
// as Iris's species, or numbers, as the digits) with unit 6's read_labelled_csv: the features as
// an N × D matrix, and the classes 0 … K−1 in first-seen order (the README's convention).
#pragma once

#include "mml/stats/csv.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace mml::testing {

// notebooks/data/<name>, found from this file's own path (tests/mml/models/data.hpp).
inline std::string data_path(const std::string& name) {
    const std::filesystem::path here(__FILE__);
    return (here.parent_path() / "../../../notebooks/data" / name).lexically_normal().string();
}

// The bytes of a file (for its checksum).
inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

inline LabelledData load_labelled(const std::string& name, const std::string& label) {
    return read_labelled_csv_file(data_path(name), label, {.has_header = true});
}

}  // namespace mml::testing
