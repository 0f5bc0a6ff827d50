// notebooks/notebook.hpp — what every notebook shares: where the data are, where the page goes.
//
// A notebook is one program, notebooks/NN_name.cpp, that reads like a Jupyter notebook from
// top to bottom: the question, the code that answers it, the numbers and the figures, and what
// to notice. It writes one self-contained page, build/notebooks/NN_name.html (mml::Page), and
// `cmake --workflow --preset notebooks` runs them all and writes the contents page index.html.
//
//   mml::Page page("Low-rank approximation of an image");
//   page.description("Keep k singular values of an image: how many does the eye need?");
//   …
//   page.save(mml::notebook::output_path("03_low_rank_image"));
//
// Give every page a description: the contents page lists it beside the title.
#pragma once

#include <string>

namespace mml::notebook {

// notebooks/data/<file>: the CSV files and their README (source, citation, licence).
inline std::string data_path(const std::string& file) { return std::string(MML_NOTEBOOK_DATA_DIR) + "/" + file; }

// build/notebooks/<name>.html, where the contents page expects the notebook's page.
inline std::string output_path(const std::string& name) {
    return std::string(MML_NOTEBOOK_OUTPUT_DIR) + "/" + name + ".html";
}

}  // namespace mml::notebook
