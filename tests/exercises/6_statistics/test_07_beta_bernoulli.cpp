#include "testing.hpp"
#include "unit6.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace mml;
using mml::testing::near;

TEST_CASE("6.07 Beta-Bernoulli: Beta(2, 2) and 7 heads in 10 give Beta(9, 5)") {
    const Vector tosses{1, 0, 1, 1, 0, 1, 1, 1, 0, 1};
    const auto post = exercises::beta_bernoulli_update(2, 2, tosses);
    CHECK(post.alpha == 9.0);
    CHECK(post.beta == 5.0);
    CHECK(post.mean == near(9.0 / 14.0, 1e-15));
    CHECK(post.map == near(8.0 / 12.0, 1e-15));
    // The library's conjugate update, and sequential updating (one toss at a time) = batch.
    const Beta lib = beta_bernoulli_posterior(2, 2, tosses);
    CHECK(post.mean == near(lib.mean(), 1e-15));
    double a = 2, b = 2;
    for (double t : tosses) {
        const auto step = exercises::beta_bernoulli_update(a, b, Vector{t});
        a = step.alpha;
        b = step.beta;
    }
    CHECK(a == 9.0);
    CHECK(b == 5.0);
    // No data: the posterior is the prior.
    CHECK(exercises::beta_bernoulli_update(3, 4, Vector{}).alpha == 3.0);
    CHECK_THROWS_AS(exercises::beta_bernoulli_update(0, 1, tosses), DomainError);
    CHECK_THROWS_AS(exercises::beta_bernoulli_update(1, -1, tosses), DomainError);
    CHECK_THROWS_AS(exercises::beta_bernoulli_update(1, 1, Vector{0.5}), DomainError);
}
