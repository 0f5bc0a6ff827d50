// tests/mml/models/data.hpp — the data sets of notebooks/data for the models' tests.
//
// load_labelled(name) reads a CSV whose last column is a class label (text, as Iris's species, or
// a number, as the digits): the numeric columns go through unit 6's read_csv, and the labels
// become classes 0 … K−1 in first-seen order (the README's convention). This is the one place to
// switch to mml::read_labelled_csv once unit 6 has it.
#pragma once

#include "mml/stats/dataset.hpp"

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace mml::testing {

// notebooks/data/<name>, found from this file's own path (tests/mml/models/data.hpp).
inline std::string data_path(const std::string& name) {
    const std::filesystem::path here(__FILE__);  // <root>/tests/mml/models/data.hpp
    return (here.parent_path() / "../../../notebooks/data" / name).lexically_normal().string();
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

struct LabelledData {
    Matrix X;                          // N × D
    std::vector<std::size_t> labels;   // 0 … K−1
    std::vector<std::string> classes;  // class k's name, in first-seen order
    std::vector<std::string> columns;  // the D feature names
};

inline LabelledData load_labelled(const std::string& name) {
    std::istringstream in(read_file(data_path(name)));
    std::ostringstream numeric;  // the file without its last column
    LabelledData data;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const std::size_t comma = line.rfind(',');
        numeric << line.substr(0, comma) << '\n';
        if (header) {
            header = false;
            continue;
        }
        const std::string label = line.substr(comma + 1);
        std::size_t k = 0;
        while (k < data.classes.size() && data.classes[k] != label) ++k;
        if (k == data.classes.size()) data.classes.push_back(label);
        data.labels.push_back(k);
    }
    std::istringstream table(numeric.str());
    CsvTable csv = read_csv(table, true);
    data.X = csv.values;
    data.columns = csv.names;
    return data;
}

}  // namespace mml::testing
