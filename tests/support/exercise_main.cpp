// The main() of every exercise test executable, with the "mml" reporter that
// the checker (mml-check) reads.
//
// Run a unit's executable by hand as any doctest program:
//     build/exercises/units/exercises_unit1                 all of unit 1, doctest's usual report
//     build/exercises/units/exercises_unit1 -tc="1.04*"     only exercise 1.04
// mml-check runs it with --reporters=mml and gets one line per test case:
//     @case <TAB> name <TAB> passed | failing | not-started
//     @fail <TAB> name <TAB> file:line <TAB> check <TAB> values <TAB> messages     (first failure only)
// Newlines inside a field are written as \n, tabs as \t, backslashes as \\.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <ostream>
#include <sstream>
#include <string>

namespace {

std::string escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '\\') out += "\\\\";
        else out += c;
    }
    return out;
}

// The marker in mml::NotImplemented's message (see mml/core/error.cpp).
bool is_todo(const std::string& message) { return message.find("not implemented yet: ") != std::string::npos; }

struct MmlReporter : public doctest::IReporter {
    std::ostream& out;
    std::string name;
    bool todo = false;       // an MML_TODO() stub was reached
    bool failed = false;
    std::string first_failure;

    explicit MmlReporter(const doctest::ContextOptions& options) : out(*options.cout) {}

    void report_query(const doctest::QueryData&) override {}
    void test_run_start() override {}
    void test_run_end(const doctest::TestRunStats&) override {}
    void test_case_start(const doctest::TestCaseData& data) override {
        name = data.m_name;
        todo = failed = false;
        first_failure.clear();
    }
    void test_case_reenter(const doctest::TestCaseData&) override {}
    void test_case_end(const doctest::CurrentTestCaseStats& stats) override {
        if (stats.failure_flags != 0 || stats.numAssertsFailedCurrentTest > 0) failed = true;
        const char* status = todo ? "not-started" : (failed ? "failing" : "passed");
        out << "@case\t" << escape(name) << '\t' << status << '\n';
        if (failed && !first_failure.empty()) out << "@fail\t" << escape(name) << '\t' << first_failure << '\n';
        out.flush();
    }
    void test_case_exception(const doctest::TestCaseException& e) override {
        const std::string message = e.error_string.c_str();
        failed = true;
        if (is_todo(message)) todo = true;
        if (first_failure.empty())
            first_failure = escape("(the test case)") + "\t" + escape("exception thrown") + "\t" + escape(message) + "\t";
    }
    void subcase_start(const doctest::SubcaseSignature&) override {}
    void subcase_end() override {}
    void log_assert(const doctest::AssertData& a) override {
        if (!a.m_failed) return;
        failed = true;
        const std::string exception = a.m_exception.c_str();
        if (is_todo(exception)) todo = true;
        if (!first_failure.empty()) return;
        std::ostringstream where, check, values, messages;
        where << a.m_file << ':' << a.m_line;
        check << doctest::assertString(a.m_at) << "( " << a.m_expr << " )";
        if (a.m_at & doctest::assertType::is_throws_as)
            values << "expected an exception of type " << a.m_exception_type
                   << (a.m_threw ? ", but it threw: " + exception : std::string(", but nothing was thrown"));
        else if (a.m_threw) values << "threw: " << exception;
        else values << a.m_decomp.c_str();
        const auto count = doctest::IReporter::get_num_active_contexts();
        const auto contexts = doctest::IReporter::get_active_contexts();
        for (int i = 0; i < count; ++i) {
            contexts[i]->stringify(&messages);
            messages << '\n';
        }
        first_failure = escape(where.str()) + "\t" + escape(check.str()) + "\t" + escape(values.str()) + "\t" +
                        escape(messages.str());
    }
    void log_message(const doctest::MessageData&) override {}
    void test_case_skipped(const doctest::TestCaseData&) override {}
};

}  // namespace

REGISTER_REPORTER("mml", 1, MmlReporter);
