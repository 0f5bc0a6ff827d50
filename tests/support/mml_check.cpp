// mml-check — the exercise checker.
//
//     build/exercises/mml-check            every unit: progress, and what to do next
//     build/exercises/mml-check 3          only unit 3
//     build/exercises/mml-check 3.04       only exercise 3.04
//
// For each unit it builds that unit's test executable on its own (so a compile
// error in unit 5 cannot stop you from checking unit 3), runs it with the "mml"
// doctest reporter (tests/support/exercise_main.cpp), and prints each exercise
// of the registry (tests/exercises/<unit>/registry.txt) as passed, failing, not
// started (the stub still calls MML_TODO()) or missing. Then, for the first
// unfinished exercise only: the file to open, the failing check with what it
// got and what it expected, and the hint. Nothing is remembered between runs.
//
// CI modes (used by the test preset):
//     --tree solutions --no-build --expect complete   every exercise passes (M/M)
//     --tree exercises --no-build --expect pristine   every test case fails on the stubs (0/M)
// Both also check the registry: each entry has a stub, a solution, a hint and a test case,
// and each test case belongs to an entry.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

const std::map<std::string, std::string> unit_titles = {
    {"1_linear_algebra", "Unit 1 · Linear Algebra"}, {"2_geometry", "Unit 2 · Geometry"},
    {"3_calculus", "Unit 3 · Calculus"},             {"4_optimisation", "Unit 4 · Optimisation"},
    {"5_probability", "Unit 5 · Probability"},       {"6_statistics", "Unit 6 · Statistics"},
    {"7_models", "Unit 7 · Models"}};

struct Failure {
    std::string where, check, values, messages;
};

struct TestCase {
    std::string name, status;  // passed | failing | not-started
    Failure failure;
};

struct Exercise {
    std::string id, title, file, hint, unit;
    std::string status;  // passed | failing | not started | missing test | does not compile
    std::vector<TestCase> cases;
};

struct Unit {
    std::string folder, number;
    std::vector<Exercise> exercises;
    bool compiled = true;
    std::string compiler_output;
    std::vector<TestCase> orphan_cases;  // test cases whose id is not in the registry
    std::string problem;                 // a problem with the unit's files or executable
};

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return "";
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

std::vector<std::string> split(const std::string& s, char sep, std::size_t max_fields = 0) {
    std::vector<std::string> out;
    std::string field;
    for (char c : s) {
        if (c == sep && (max_fields == 0 || out.size() + 1 < max_fields)) {
            out.push_back(field);
            field.clear();
        } else {
            field += c;
        }
    }
    out.push_back(field);
    return out;
}

std::string unescape(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            const char c = s[++i];
            out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
        } else {
            out += s[i];
        }
    }
    return out;
}

// Runs a shell command, returning its combined output and exit status.
int run(const std::string& command, std::string& output) {
    output.clear();
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return -1;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
    const int status = pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

// Columns a string takes on a terminal: UTF-8 continuation bytes (10xxxxxx) take none.
std::size_t width(const std::string& s) {
    std::size_t w = 0;
    for (char c : s) w += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return w;
}

std::string pad_to(const std::string& s, std::size_t columns) {
    return s + std::string(width(s) < columns ? columns - width(s) : 1, ' ');
}

std::string quote(const std::string& s) { return "'" + s + "'"; }

// A path as the student should type it: relative to the source tree when inside it.
std::string shown(const fs::path& p) {
    std::error_code ec;
    const fs::path rel = fs::relative(p, MML_SOURCE_DIR, ec);
    if (!ec && !rel.empty() && rel.native().rfind("..", 0) != 0) return rel.string();
    return p.string();
}

std::vector<Exercise> read_registry(const std::string& folder, std::string& problem) {
    std::vector<Exercise> exercises;
    const fs::path path = fs::path(MML_SOURCE_DIR) / "tests/exercises" / folder / "registry.txt";
    std::ifstream in(path);
    if (!in) {
        problem = "no registry at " + shown(path);
        return exercises;
    }
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (trim(line).empty() || trim(line)[0] == '#') continue;
        const auto fields = split(line, '|', 4);
        if (fields.size() != 4) {
            problem = shown(path) + ":" + std::to_string(number) + ": expected 'id | title | file | hint'";
            continue;
        }
        exercises.push_back({trim(fields[0]), trim(fields[1]), trim(fields[2]), trim(fields[3]), folder, "", {}});
    }
    return exercises;
}

// The exercise id is the first word of a test case's name: "1.04 back substitution: ..." → "1.04".
std::string id_of(const std::string& test_case) { return test_case.substr(0, test_case.find(' ')); }

void parse_report(const std::string& output, Unit& unit) {
    std::istringstream in(output);
    std::string line;
    std::map<std::string, Failure> failures;
    std::vector<TestCase> cases;
    while (std::getline(in, line)) {
        if (line.rfind("@case\t", 0) == 0) {
            const auto f = split(line, '\t');
            if (f.size() >= 3) cases.push_back({unescape(f[1]), f[2], {}});
        } else if (line.rfind("@fail\t", 0) == 0) {
            const auto f = split(line, '\t');
            if (f.size() >= 6) failures[unescape(f[1])] = {unescape(f[2]), unescape(f[3]), unescape(f[4]), unescape(f[5])};
        }
    }
    for (auto& c : cases) {
        if (failures.count(c.name)) c.failure = failures[c.name];
        bool matched = false;
        for (auto& e : unit.exercises)
            if (id_of(c.name) == e.id) {
                e.cases.push_back(c);
                matched = true;
            }
        if (!matched) unit.orphan_cases.push_back(c);
    }
}

void decide_status(Exercise& e, const Unit& unit) {
    if (!unit.compiled) {
        e.status = "does not compile";
        return;
    }
    if (e.cases.empty()) {
        e.status = "missing test";
        return;
    }
    bool todo = false, failing = false;
    for (const auto& c : e.cases) {
        if (c.status == "not-started") todo = true;
        else if (c.status != "passed") failing = true;
    }
    e.status = todo ? "not started" : failing ? "failing" : "passed";
}

// "got == expected" as doctest decomposed it → the two sides, if there is exactly one " == ".
bool split_comparison(const std::string& values, std::string& got, std::string& expected) {
    const auto at = values.find(" == ");
    if (at == std::string::npos || values.find(" == ", at + 4) != std::string::npos) return false;
    got = values.substr(0, at);
    expected = values.substr(at + 4);
    return true;
}

std::string indent(const std::string& text, const std::string& pad) {
    std::string out;
    for (char c : text) {
        out += c;
        if (c == '\n') out += pad;
    }
    return out;
}

void print_next(const Exercise& e, const Unit& unit, const std::string& tree) {
    const std::string pad = "              ";
    std::cout << "\nNext: " << e.id << " " << e.title << " — " << e.status << "\n";
    std::cout << "  open:       " << tree << "/" << e.unit << "/" << e.file << "\n";
    if (!unit.compiled) {
        std::cout << "  compiler:   unit " << unit.number << " does not compile; the first errors:\n";
        std::istringstream in(unit.compiler_output);
        std::string line;
        int shown_lines = 0, seen_error = 0;
        while (std::getline(in, line) && shown_lines < 12) {
            if (line.find("error") != std::string::npos) seen_error = 1;
            if (seen_error && line.find("*** [") == std::string::npos) {  // skip make's own lines
                std::cout << pad << line << "\n";
                ++shown_lines;
            }
        }
        if (!seen_error) std::cout << pad << indent(trim(unit.compiler_output.substr(0, 1500)), pad) << "\n";
    } else if (e.status == "missing test") {
        std::cout << "  test:       no test case named \"" << e.id << " ...\" was found\n";
    } else {
        for (const auto& c : e.cases) {
            if (c.status == "passed") continue;
            const Failure& f = c.failure;
            std::cout << "  test case:  " << c.name << "\n";
            if (c.status == "not-started") {
                std::cout << "  got:        nothing yet — the function still calls MML_TODO(); write your answer there\n";
                break;
            }
            std::cout << "  check:      " << indent(f.check, pad) << "\n";
            std::cout << "  at:         " << shown(f.where.substr(0, f.where.rfind(':'))) << f.where.substr(f.where.rfind(':')) << "\n";
            std::string got, expected;
            if (split_comparison(f.values, got, expected)) {
                std::cout << "  got:        " << indent(got, pad) << "\n";
                std::cout << "  expected:   " << indent(expected, pad) << "\n";
            } else {
                std::cout << "  result:     " << indent(f.values, pad) << "\n";
            }
            if (!trim(f.messages).empty()) std::cout << "  with:       " << indent(trim(f.messages), pad) << "\n";
            break;
        }
    }
    std::cout << "  hint:       " << e.hint << "\n";
    std::cout << "  run it:     " << shown(fs::path(MML_BINARY_DIR) / "mml-check") << " " << e.id << "\n";
}

int usage() {
    std::cout << "usage: mml-check [UNIT | EXERCISE-ID] [--tree exercises|solutions] [--no-build]\n"
                 "                 [--expect complete|pristine]\n"
                 "  mml-check          check every unit\n"
                 "  mml-check 3        check unit 3 only\n"
                 "  mml-check 3.04     check exercise 3.04 only\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string selector, tree = "exercises", expect;
    bool build = true;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--tree" && i + 1 < argc) tree = argv[++i];
        else if (arg == "--no-build") build = false;
        else if (arg == "--expect" && i + 1 < argc) expect = argv[++i];
        else if (arg == "--help" || arg == "-h") return usage();
        else if (!arg.empty() && arg[0] != '-') selector = arg;
        else return usage();
    }
    if (tree != "exercises" && tree != "solutions") return usage();
    if (!expect.empty() && expect != "complete" && expect != "pristine") return usage();
    const std::string unit_selector = selector.substr(0, selector.find('.'));
    const std::string exercise_selector = selector.find('.') == std::string::npos ? "" : selector;

    std::vector<Unit> units;
    for (const auto& folder : split(MML_CHECKED_UNITS, ',')) {
        if (folder.empty()) continue;
        Unit unit{folder, folder.substr(0, 1), {}, true, "", {}, ""};
        if (!unit_selector.empty() && unit.number != unit_selector) continue;
        unit.exercises = read_registry(folder, unit.problem);
        units.push_back(unit);
    }
    if (units.empty()) {
        std::cout << "mml-check: no unit matches '" << selector << "' (units with exercises: " << MML_CHECKED_UNITS
                  << ")\n";
        return 2;
    }

    std::cout << "mml exercises — answers in " << tree << "/, checked by tests/exercises/\n";
    for (auto& unit : units) {
        const std::string target = tree + "_unit" + unit.number;
        const fs::path binary = fs::path(MML_BINARY_DIR) / "units" / target;
        if (build) {
            std::cout << "  building unit " << unit.number << " ..." << std::flush;
            std::string config = std::string(MML_BUILD_CONFIG).empty() ? "" : " --config " + std::string(MML_BUILD_CONFIG);
            const int status = run(quote(MML_CMAKE_COMMAND) + " --build " + quote(MML_BINARY_DIR) + " --target " +
                                       target + config + " --parallel 4", unit.compiler_output);
            unit.compiled = status == 0;
            std::cout << (unit.compiled ? " ok\n" : " does not compile\n");
        }
        if (unit.compiled && fs::exists(binary)) {
            std::string output;
            std::string command = quote(binary.string()) + " --reporters=mml --no-colors=true";
            if (!exercise_selector.empty()) command += " " + quote("-tc=" + exercise_selector + " *");
            const int status = run(command, output);
            parse_report(output, unit);
            // Exit status 1 just means some test failed; anything else is a crash or a doctest error.
            if (status != 0 && status != 1)
                unit.problem = target + " stopped abnormally (status " + std::to_string(status) + "):\n" +
                               output.substr(output.size() > 2000 ? output.size() - 2000 : 0);
        } else if (unit.compiled) {
            unit.problem = "no test executable " + shown(binary) + " (does tests/exercises/" + unit.folder +
                           " have tests?)";
        }
        for (auto& e : unit.exercises) decide_status(e, unit);
    }

    // ---- the report ----
    std::size_t label_columns = 44;  // wide enough for the longest "id  title", so the statuses line up
    for (const auto& unit : units)
        for (const auto& e : unit.exercises) label_columns = std::max(label_columns, width(e.id + "  " + e.title) + 2);
    int done = 0, total = 0;
    const Exercise* next = nullptr;
    const Unit* next_unit = nullptr;
    for (const auto& unit : units) {
        int unit_done = 0, unit_total = 0;
        for (const auto& e : unit.exercises) {
            if (!exercise_selector.empty() && e.id != exercise_selector) continue;
            ++unit_total;
            if (e.status == "passed") ++unit_done;
        }
        const std::string title = unit_titles.count(unit.folder) ? unit_titles.at(unit.folder) : unit.folder;
        std::cout << "\n" << pad_to(title, label_columns + 8) << unit_done << "/" << unit_total << "\n";
        for (const auto& e : unit.exercises) {
            if (!exercise_selector.empty() && e.id != exercise_selector) continue;
            const std::string mark = e.status == "passed" ? "[x]" : e.status == "not started" ? "[ ]" : "[!]";
            std::string label = e.id + "  " + e.title;
            std::cout << "  " << mark << " " << pad_to(label, label_columns) << e.status << "\n";
            if (e.status != "passed" && !next) {
                next = &e;
                next_unit = &unit;
            }
        }
        if (!unit.problem.empty()) std::cout << "  note: " << unit.problem << "\n";
        done += unit_done;
        total += unit_total;
    }
    std::cout << "\n" << done << "/" << total << " exercises done\n";
    if (next) print_next(*next, *next_unit, tree);
    else if (total > 0) std::cout << "\nEvery exercise here passes. Well done!\n";

    if (expect.empty()) return 0;  // the student's check: the report is the result

    // ---- CI: prove both directions and the registry ----
    std::vector<std::string> problems;
    for (const auto& unit : units) {
        if (!unit.problem.empty()) problems.push_back("unit " + unit.number + ": " + unit.problem);
        for (const auto& c : unit.orphan_cases)
            problems.push_back("test case \"" + c.name + "\" has no registry entry with id " + id_of(c.name));
        std::map<std::string, int> seen;
        for (const auto& e : unit.exercises) {
            if (++seen[e.id] == 2) problems.push_back(e.id + ": the id appears twice in the registry");
            for (const std::string t : {"exercises", "solutions"})
                if (!fs::exists(fs::path(MML_SOURCE_DIR) / t / unit.folder / e.file))
                    problems.push_back(e.id + ": " + t + "/" + unit.folder + "/" + e.file + " does not exist");
            if (e.hint.empty()) problems.push_back(e.id + ": no hint in the registry");
            if (e.cases.empty()) problems.push_back(e.id + ": no test case named \"" + e.id + " ...\"");
            for (const auto& c : e.cases) {
                if (expect == "complete" && c.status != "passed")
                    problems.push_back("solution fails: \"" + c.name + "\" at " + c.failure.where + ": " + c.failure.values);
                if (expect == "pristine" && c.status == "passed")
                    problems.push_back("test case passes on the pristine stub (it cannot tell a stub from an answer): \"" +
                                       c.name + "\"");
            }
        }
        // Every stub file is in the registry, so a forgotten entry cannot shrink the denominator.
        const fs::path dir = fs::path(MML_SOURCE_DIR) / "exercises" / unit.folder;
        if (fs::exists(dir))
            for (const auto& entry : fs::directory_iterator(dir)) {
                bool listed = false;
                for (const auto& e : unit.exercises) listed = listed || e.file == entry.path().filename().string();
                if (!listed) problems.push_back(shown(entry.path()) + " is not in the registry");
            }
    }
    if (expect == "complete" && done != total)
        problems.push_back("expected " + std::to_string(total) + "/" + std::to_string(total) + " on the solutions");
    if (expect == "pristine" && done != 0)
        problems.push_back("expected 0/" + std::to_string(total) + " on the pristine stubs");
    if (total == 0) problems.push_back("no exercises were checked");
    std::cout << "\n";
    for (const auto& p : problems) std::cout << "PROBLEM: " << p << "\n";
    std::cout << (problems.empty() ? "checker: OK" : "checker: FAILED") << " (--expect " << expect << ", " << done
              << "/" << total << ")\n";
    return problems.empty() ? 0 : 1;
}
