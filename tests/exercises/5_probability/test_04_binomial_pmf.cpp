#include "testing.hpp"
#include "unit5.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("5.04 Binomial pmf: MML Example 6.1 and Bernoulli") {
    CHECK(exercises::binomial_pmf(2, 0.3, 0) == doctest::Approx(0.49).epsilon(1e-13));
    CHECK(exercises::binomial_pmf(2, 0.3, 1) == doctest::Approx(0.42).epsilon(1e-13));
    CHECK(exercises::binomial_pmf(2, 0.3, 2) == doctest::Approx(0.09).epsilon(1e-13));
    CHECK(exercises::binomial_pmf(1, 0.7, 1) == doctest::Approx(0.7).epsilon(1e-14));
    CHECK(exercises::binomial_pmf(5, 0.5, 7) == 0.0);
    CHECK(exercises::binomial_pmf(3, 0.0, 0) == 1.0);
}

// Sums to 1, mean np, agrees with mml::Binomial even for n = 2000 (where factorials overflow).
TEST_CASE("5.04 Binomial pmf: sums to one, mean np, large n") {
    for (std::int64_t n : {1, 5, 40, 2000}) {
        for (double p : {0.1, 0.5, 0.93}) {
            double total = 0, mean = 0;
            for (std::int64_t k = 0; k <= n; ++k) {
                const double pk = exercises::binomial_pmf(n, p, k);
                total += pk;
                mean += static_cast<double>(k) * pk;
            }
            CHECK(total == doctest::Approx(1.0).epsilon(1e-11));
            CHECK(mean == doctest::Approx(static_cast<double>(n) * p).epsilon(1e-10));
            const std::int64_t k = n / 3;
            CHECK(exercises::binomial_pmf(n, p, k) == doctest::Approx(Binomial(n, p).pmf(k)).epsilon(1e-12));
        }
    }
    CHECK_THROWS_AS(exercises::binomial_pmf(3, 1.2, 1), DomainError);
}
