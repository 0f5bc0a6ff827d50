// Tests for the data sets in notebooks/data: the SHA-256 of each file matches its README, and
// each file has the shape the README states. SHA-256 itself is checked first against the
// examples of FIPS 180-2/180-4 and its constants against their definition.
#include "data.hpp"
#include "sha256.hpp"
#include "testing.hpp"

#include "mml/mml.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <map>

using namespace mml;

TEST_CASE("SHA-256: the standard's examples and its constants from their definition") {
    using mml::testing::sha256_hex;
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    // 448 bits: the padding no longer fits, so the message takes two blocks.
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // K_t = ⌊frac(∛p_t)·2³²⌋ and H⁽⁰⁾ = ⌊frac(√p)·2³²⌋ for the first primes (FIPS 180-4 §4.2.2,
    // §5.3.3). In double precision the scaled fraction is off by at most ~1e-5, far from flipping a
    // floor unless it lies that close to an integer, which none of these does.
    std::vector<double> primes;
    for (int p = 2; primes.size() < 64; ++p) {
        bool prime = true;
        for (double q : primes) prime = prime && p % static_cast<int>(q) != 0;
        if (prime) primes.push_back(p);
    }
    for (std::size_t t = 0; t < 64; ++t) {
        const double r = std::cbrt(primes[t]);
        CHECK(mml::testing::sha256_K[t] == static_cast<std::uint32_t>(std::floor((r - std::floor(r)) * 4294967296.0)));
    }
    for (std::size_t i = 0; i < 8; ++i) {
        const double r = std::sqrt(primes[i]);
        CHECK(mml::testing::sha256_H0[i] == static_cast<std::uint32_t>(std::floor((r - std::floor(r)) * 4294967296.0)));
    }
}

TEST_CASE("notebooks/data: every file's SHA-256 is the one its README lists") {
    // The README's block of "digest  file" lines, read from the README itself.
    const std::string readme = mml::testing::read_file(mml::testing::data_path("README.md"));
    std::map<std::string, std::string> listed;
    std::istringstream lines(readme);
    std::string line;
    while (std::getline(lines, line))
        if (line.size() > 66 && line[64] == ' ' && line[65] == ' ') listed[line.substr(66)] = line.substr(0, 64);
    REQUIRE(listed.size() == 3);
    for (const std::string name : {"iris.csv", "digits.csv", "faithful.csv"}) {
        INFO(name);
        REQUIRE(listed.count(name) == 1);
        CHECK(mml::testing::sha256_hex(mml::testing::read_file(mml::testing::data_path(name))) == listed[name]);
    }
}

TEST_CASE("notebooks/data: shapes, columns and classes as the README states") {
    const LabelledData iris = mml::testing::load_labelled("iris.csv", "species");
    CHECK(iris.X.rows() == 150);
    CHECK(iris.X.cols() == 4);
    CHECK(iris.class_names == std::vector<std::string>{"setosa", "versicolor", "virginica"});
    std::vector<std::size_t> per_class(3, 0);
    for (std::size_t k : iris.classes) ++per_class[k];
    CHECK(per_class == std::vector<std::size_t>{50, 50, 50});
    CHECK(iris.X(0, 0) == 5.1);  // the first row: 5.1, 3.5, 1.4, 0.2, setosa

    const LabelledData digits = mml::testing::load_labelled("digits.csv", "digit");
    CHECK(digits.X.rows() == 1797);
    CHECK(digits.X.cols() == 64);
    CHECK(digits.feature_names.front() == "p00");
    CHECK(digits.feature_names.back() == "p77");
    CHECK(digits.class_names.size() == 10);
    for (std::size_t k = 0; k < digits.class_names.size(); ++k) CHECK(digits.class_names[k] == std::to_string(k));
    double lo = 1e300, hi = -1e300;
    for (std::size_t i = 0; i < digits.X.rows() * digits.X.cols(); ++i) {
        lo = std::min(lo, digits.X.data()[i]);
        hi = std::max(hi, digits.X.data()[i]);
    }
    CHECK(lo == 0.0);  // grey levels 0 … 16
    CHECK(hi == 16.0);

    const CsvTable faithful = read_csv_file(mml::testing::data_path("faithful.csv"), true);
    CHECK(faithful.values.rows() == 272);
    CHECK(faithful.values.cols() == 2);
    CHECK(faithful.names == std::vector<std::string>{"eruptions", "waiting"});
    CHECK(faithful.values(0, 0) == 3.6);
    CHECK(faithful.values(0, 1) == 79.0);
}
