// notebooks/support/run_notebooks.cpp — runs every notebook, checks its page, writes the contents page.
//
//     run_notebooks notebook_01_gaussian_elimination notebook_02_pagerank …
//
// For each program, in the order given: run it, time it, and check that it wrote
// build/notebooks/NN_name.html during this run and that the page is well-formed XML (the same
// checker as the plot tests, tests/mml/plot/xml_check.hpp). Then write index.html, one line per
// notebook: its number, title and one-line description (read back from the page's <title> and
// <meta name="description">), and print where it is. Exits 1 if any notebook failed, so the
// notebooks workflow — and CI, which runs it — fails too.
#include "mml/plot/page.hpp"
#include "xml_check.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Result {
    std::string name;  // NN_name
    std::string title, description;
    double seconds = 0.0;
    std::string problem;  // empty when the notebook ran and its page is good
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The text between `open` and `close` after the first occurrence of `open`, or "".
std::string between(const std::string& text, const std::string& open, const std::string& close) {
    const std::size_t b = text.find(open);
    if (b == std::string::npos) return "";
    const std::size_t e = text.find(close, b + open.size());
    return e == std::string::npos ? "" : text.substr(b + open.size(), e - b - open.size());
}

// Undo the five XML escapes, so the title can be written again (escaped once) by mml::Page.
std::string unescape(std::string s) {
    const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto& [from, to] : entities) {
        for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1))
            s.replace(at, std::string(from).size(), to);
    }
    return s;
}

Result run_one(const std::string& target) {
    Result r;
    r.name = target.substr(std::string("notebook_").size());
    const fs::path program = fs::path(MML_NOTEBOOK_PROGRAM_DIR) / target;
    const fs::path page = fs::path(MML_NOTEBOOK_OUTPUT_DIR) / (r.name + ".html");
    std::error_code ignored;
    fs::remove(page, ignored);  // so a page left from an earlier run cannot pass for this one

    const auto start = std::chrono::steady_clock::now();
    const std::string command = "\"" + program.string() + "\"";
    const int status = std::system(command.c_str());
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    if (status != 0) {
        r.problem = "the program failed (exit status " + std::to_string(status) + ")";
    } else if (!fs::exists(page)) {
        r.problem = "no page was written at " + page.string();
    } else {
        const std::string html = read_file(page);
        if (const std::string error = mml::testing::xml_error(html); !error.empty())
            r.problem = "the page is not well-formed: " + error;
        r.title = unescape(between(html, "<title>", "</title>"));
        r.description = unescape(between(html, "<meta name=\"description\" content=\"", "\""));
        if (r.problem.empty() && r.description.empty())
            r.problem = "the page has no description (call page.description(...))";
    }
    return r;
}

void write_index(const std::vector<Result>& results) {
    mml::Page index("mml notebooks");
    index.description("The course's interactive examples: one program a topic, run on real data, each writing one page.");
    index.paragraph("Each page was written by the program `notebooks/NN_name.cpp` of the same name; read the "
                    "program next to its page. Rebuild them all with `cmake --workflow --preset notebooks`.");
    std::vector<std::string> items;
    for (const Result& r : results) {
        if (!r.problem.empty()) continue;
        items.push_back("[" + r.name.substr(0, 2) + " · " + r.title + "](" + r.name + ".html) — " + r.description);
    }
    index.list(items);
    index.save((fs::path(MML_NOTEBOOK_OUTPUT_DIR) / "index.html").string());
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<Result> results;
    int failures = 0;
    for (int i = 1; i < argc; ++i) {
        results.push_back(run_one(argv[i]));
        const Result& r = results.back();
        std::printf("%-34s %6.2f s  %s\n", r.name.c_str(), r.seconds, r.problem.empty() ? "ok" : r.problem.c_str());
        std::fflush(stdout);
        if (!r.problem.empty()) ++failures;
    }
    write_index(results);
    const fs::path index = fs::path(MML_NOTEBOOK_OUTPUT_DIR) / "index.html";
    std::printf("\n%d of %d notebooks wrote their page", argc - 1 - failures, argc - 1);
    if (failures > 0) std::printf(" — %d FAILED (see above)", failures);
    std::printf(".\nOpen %s\n", fs::absolute(index).string().c_str());
    return failures == 0 ? 0 : 1;
}
