#include "testing.hpp"
#include "unit5.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("5.06 Bayes: the worked example and extreme tests") {
    CHECK(exercises::probability_ill_given_positive(0.01, 0.99, 0.95) == doctest::Approx(1.0 / 6.0).epsilon(1e-14));
    CHECK(exercises::probability_ill_given_positive(0.01, 0.99, 1.0) == doctest::Approx(1.0));  // no false positives
    CHECK(exercises::probability_ill_given_positive(0.5, 0.8, 0.8) == doctest::Approx(0.8));
}

// Against mml::bayes_posterior on random inputs, and monotone in the prevalence.
TEST_CASE("5.06 Bayes: agrees with mml::bayes_posterior; grows with the prevalence") {
    Rng rng(506);
    for (int trial = 0; trial < 50; ++trial) {
        const double prev = rng.uniform(), sens = rng.uniform(), spec = rng.uniform();
        const Vector prior{prev, 1 - prev}, likelihood{sens, 1 - spec};
        CHECK(exercises::probability_ill_given_positive(prev, sens, spec) ==
              doctest::Approx(bayes_posterior(prior, likelihood)[0]).epsilon(1e-13));
    }
    CHECK(exercises::probability_ill_given_positive(0.02, 0.9, 0.9) > exercises::probability_ill_given_positive(0.01, 0.9, 0.9));
    CHECK_THROWS_AS(exercises::probability_ill_given_positive(1.5, 0.9, 0.9), DomainError);
}
